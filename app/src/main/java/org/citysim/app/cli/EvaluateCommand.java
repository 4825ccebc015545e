package org.citysim.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.citysim.app.progress.Progress;
import org.citysim.sim.forecast.Evaluation;
import org.citysim.sim.forecast.ModelServices;
import org.citysim.sim.forecast.SensorDataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code citysim evaluate MODEL --scenario FILE}: simulates fresh days of the scenario (another
 * seed than training's by default) on the model's sensors and scores the model on the test days
 * against the baselines fitted on the first days. Writes {@code NAME-evaluation.html} and
 * {@code .md} next to the model.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Score a trained model on freshly simulated days of a scenario.")
final class EvaluateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MODEL", description = "The model file (.zip).")
  Path model;

  @CommandLine.Mixin
  DaysSource source = new DaysSource();

  @Option(names = "--days", defaultValue = "14", paramLabel = "N",
      description = "Days to simulate (default ${DEFAULT-VALUE}); the last 15 %% are scored.")
  int days;

  @Option(names = "--seed", defaultValue = "1001", paramLabel = "N",
      description = "Seed of the days (default ${DEFAULT-VALUE}, unlike training's).")
  long seed;

  @Option(names = {"-q", "--quiet"}, description = "No progress bars.")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    source.check(spec.commandLine(), days);
    List<String> sensors = ModelServices.provider().sensors(model);
    SensorDataset d = source.days(days, seed, sensors, Progress.forTerminal(quiet));
    Evaluation e = ModelServices.trainer().evaluate(model, d);
    var facts = ModelWork.facts(d, source.name(), seed);
    Path html = ModelWork.report(model, "-evaluation", e, facts);
    var w = spec.commandLine().getOut();
    ModelWork.print(w, e);
    w.println();
    w.println("report: " + html);
    w.flush();
    return 0;
  }
}
