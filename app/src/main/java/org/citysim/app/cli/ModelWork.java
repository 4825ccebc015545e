package org.citysim.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.citysim.app.BuildInfo;
import org.citysim.app.RunPipeline;
import org.citysim.app.progress.Progress;
import org.citysim.reports.html.EvaluationReportWriter;
import org.citysim.sim.dataset.DatasetBuilder;
import org.citysim.sim.dataset.DatasetOptions;
import org.citysim.sim.dataset.DatasetReader;
import org.citysim.sim.forecast.Evaluation;
import org.citysim.sim.forecast.SensorDataset;
import org.citysim.sim.forecast.TrainingListener;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioException;

/**
 * What {@code train} and {@code evaluate} share: the data set (simulated with a progress bar, or
 * read from a folder), the training progress bar, and the report next to the model.
 */
final class ModelWork {
  private ModelWork() {}

  /**
   * Simulates {@code days} days of the scenario in {@code file} into a data set, or reads the
   * one in {@code data} when given.
   *
   * @param sensors the sensor ids to sample; empty for the data set builder's rule
   */
  static SensorDataset dataset(Path file, List<String> overrides, int days, long seed,
      Path data, List<String> sensors, Progress progress) throws ScenarioException, IOException {
    if (data != null) {
      return new DatasetReader().read(data);
    }
    Scenario s = new RunPipeline(BuildInfo.current()).load(file, overrides, null);
    DatasetOptions options = DatasetOptions.defaults();
    if (!sensors.isEmpty()) {
      options = options.withSensors(sensors);
    }
    try (Progress.Task t = progress.start("simulating days", days)) {
      return new DatasetBuilder().build(s, days, seed, options, (done, total) -> t.update(done));
    }
  }

  /** A listener that draws the epochs as a bar, started at the first epoch. */
  static final class EpochBar implements TrainingListener, AutoCloseable {
    private final Progress progress;
    private Progress.Task task;

    EpochBar(Progress progress) {
      this.progress = progress;
    }

    @Override
    public void epoch(int epoch, int epochs, double trainLoss, double validationLoss) {
      if (task == null) {
        task = progress.start("training", epochs);
      }
      task.update(epoch);
    }

    @Override
    public void close() {
      if (task != null) {
        task.close();
      }
    }
  }

  /** The facts a report starts with. */
  static Map<String, String> facts(SensorDataset d, String source, long seed) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("scenario", d.scenario() + " (" + source + ")");
    f.put("fingerprint", d.fingerprint().substring(0, 16));
    f.put("days", d.days().size() + String.format(Locale.ROOT, " (train %d, validation %d,"
        + " test %d)", d.daysOf(SensorDataset.Split.TRAIN).length,
        d.daysOf(SensorDataset.Split.VALIDATION).length,
        d.daysOf(SensorDataset.Split.TEST).length));
    f.put("sensors", Integer.toString(d.sensors().size()));
    f.put("slot", String.format(Locale.ROOT, "%.0f s", d.interval()));
    f.put("data set seed", Long.toString(d.seed()));
    f.put("training seed", Long.toString(seed));
    return f;
  }

  /**
   * Writes {@code BASE.html} and {@code BASE.md} next to {@code model} ({@code BASE} is its name
   * without {@code .zip}) and returns the page's path.
   */
  static Path report(Path model, String suffix, Evaluation e, Map<String, String> facts)
      throws IOException {
    Path base = base(model, suffix);
    Path html = base.resolveSibling(base.getFileName() + ".html");
    new EvaluationReportWriter().write(e, facts, html,
        base.resolveSibling(base.getFileName() + ".md"));
    return html;
  }

  /** {@code model} without {@code .zip}, plus {@code suffix}. */
  static Path base(Path model, String suffix) {
    String n = model.getFileName().toString();
    n = n.endsWith(".zip") ? n.substring(0, n.length() - 4) : n;
    Path parent = model.toAbsolutePath().getParent();
    return parent.resolve(n + suffix);
  }

  /** Prints the evaluation's notes and tables. */
  static void print(java.io.PrintWriter out, Evaluation e) {
    for (String n : e.notes()) {
      out.println(n);
    }
    for (Evaluation.Table t : e.tables()) {
      out.println();
      out.print(t.markdown());
    }
    out.flush();
  }

  /** Makes the folder of {@code file}. */
  static void parent(Path file) throws IOException {
    Path p = file.toAbsolutePath().getParent();
    if (p != null) {
      Files.createDirectories(p);
    }
  }
}
