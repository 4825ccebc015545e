package org.citysim.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citysim.app.progress.Progress;
import org.citysim.sim.forecast.SensorDataset;
import org.citysim.sim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Where {@code train} and {@code evaluate} get their sensor days: a scenario to simulate (with
 * {@code --set} overrides) or a data set folder already written. The number of days and the
 * seed stay with each command, whose defaults differ (training days against fresh ones).
 */
final class DaysSource {
  @Option(names = "--scenario", paramLabel = "FILE",
      description = "Scenario whose days are simulated (or give --data).")
  Path scenario;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Use this data set folder instead of simulating.")
  Path data;

  @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a field.")
  List<String> overrides = new ArrayList<>();

  /** Whether the days come from a data set folder rather than a simulation. */
  boolean fromFolder() {
    return data != null;
  }

  /** The source as the report names it: the scenario file or the data set folder. */
  String name() {
    return fromFolder() ? data.toString() : scenario.toString();
  }

  /**
   * Refuses both or neither of {@code --scenario} and {@code --data}, and fewer than 3 days to
   * simulate (training, validation and test days).
   */
  void check(CommandLine cmd, int days) {
    if ((scenario == null) == (data == null)) {
      throw new CommandLine.ParameterException(cmd, "give either --scenario FILE or --data DIR");
    }
    if (days < 3 && !fromFolder()) {
      throw new CommandLine.ParameterException(cmd, "--days must be at least 3"
          + " (training, validation and test days)");
    }
  }

  /** The days: simulated, or read from the folder ({@link ModelWork#dataset}). */
  SensorDataset days(int days, long seed, List<String> sensors, Progress progress)
      throws ScenarioException, IOException {
    return ModelWork.dataset(scenario, overrides, days, seed, data, sensors, progress);
  }
}
