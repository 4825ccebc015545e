package org.citysim.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.citysim.app.progress.Progress;
import org.citysim.sim.dataset.DatasetWriter;
import org.citysim.sim.forecast.Evaluation;
import org.citysim.sim.forecast.ModelServices;
import org.citysim.sim.forecast.ModelTrainer;
import org.citysim.sim.forecast.SensorDataset;
import org.citysim.sim.forecast.TrainingOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code citysim train forecaster|classifier --scenario FILE --days N --out models/NAME.zip}:
 * simulates the days (with day-to-day variation) into a sensor data set, trains the model on
 * its first days, and evaluates it on the last ones against the baselines. Writes the model,
 * the data set ({@code NAME-data/}) and the evaluation ({@code NAME.html}, {@code NAME.md}).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a traffic forecaster or an incident classifier on simulated days.")
final class TrainCommand implements Callable<Integer> {
  enum Kind { forecaster, classifier }

  @Parameters(index = "0", paramLabel = "KIND", description = "forecaster or classifier.")
  Kind kind;

  @CommandLine.Mixin
  DaysSource source = new DaysSource();

  @Option(names = "--days", defaultValue = "42", paramLabel = "N",
      description = "Days to simulate, split 70/15/15 %% in time order (default ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The model file to write, e.g. models/town.zip.")
  Path out;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
      description = "Seed of the data set and of the training (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--epochs", defaultValue = "0", paramLabel = "N",
      description = "Most training epochs (default: the trainer's).")
  int epochs;

  @Option(names = "--batch", defaultValue = "0", paramLabel = "N",
      description = "Mini-batch size (default: the trainer's).")
  int batch;

  @Option(names = {"-q", "--quiet"}, description = "No progress bars.")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!out.getFileName().toString().endsWith(".zip")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--out must name a .zip"
          + " file, e.g. models/" + out.getFileName() + ".zip");
    }
    source.check(spec.commandLine(), days);
    ModelTrainer trainer = ModelServices.trainer(); // fails early when models are missing
    Progress progress = Progress.forTerminal(quiet);
    var w = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    SensorDataset d = source.days(days, seed, List.of(), progress);
    double simulated = (System.nanoTime() - t0) / 1e9;
    ModelWork.parent(out);
    Path dataDir = ModelWork.base(out, "-data");
    if (!source.fromFolder()) {
      new DatasetWriter().write(d, dataDir);
    }
    TrainingOptions options = new TrainingOptions(seed, epochs, batch);
    Evaluation e;
    try (ModelWork.EpochBar bar = new ModelWork.EpochBar(progress)) {
      e = kind == Kind.forecaster ? trainer.trainForecaster(d, options, bar, out)
          : trainer.trainClassifier(d, options, bar, out);
    }
    var facts = ModelWork.facts(d, source.name(), seed);
    Path html = ModelWork.report(out, "", e, facts);
    ModelWork.print(w, e);
    w.printf(Locale.ROOT, "%nsimulated %d days in %.1f s; trained in %.1f s%n",
        d.days().size(), source.fromFolder() ? 0.0 : simulated, e.seconds());
    w.println("model: " + out);
    if (!source.fromFolder()) {
      w.println("data set: " + dataDir);
    }
    w.println("report: " + html);
    w.flush();
    return 0;
  }
}
