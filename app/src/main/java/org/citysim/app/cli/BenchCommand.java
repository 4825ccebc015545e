package org.citysim.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.citysim.app.BuildInfo;
import org.citysim.app.RunPipeline;
import org.citysim.app.progress.Progress;
import org.citysim.sim.metrics.KpiKeys;
import org.citysim.sim.scenario.DemandSpec;
import org.citysim.sim.scenario.GridSignals;
import org.citysim.sim.scenario.GridSpec;
import org.citysim.sim.scenario.OutputSpec;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.SimulationSpec;
import org.citysim.sim.scenario.TimeProfile;
import org.citysim.sim.scenario.TrafficSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code citysim bench}: a generated large scenario (a signalised grid with random demand),
 * timed end to end. Prints one JSON line with the figures, for scripts.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Run a generated large grid scenario and print speed figures as JSON.")
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--size", defaultValue = "30", description = "Grid rows and columns [${DEFAULT-VALUE}].")
  int size;

  // 101,000 expected so that the Poisson count is at least 100,000 (3 standard deviations).
  @Option(names = "--trips", defaultValue = "101000",
      description = "Expected number of trips (Poisson) [${DEFAULT-VALUE}].")
  int trips;

  @Option(names = "--hours", defaultValue = "2",
      description = "Hours over which trips depart [${DEFAULT-VALUE}].")
  double hours;

  @Option(names = "--seed", defaultValue = "1", description = "Seed [${DEFAULT-VALUE}].")
  long seed;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Also write the run folder (reports) here; timed separately.")
  Path out;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    double start = 6 * 3600;
    double departEnd = start + hours * 3600;
    // Twice the departure window again to let the last trips finish.
    double end = departEnd + 2 * 3600;
    Scenario s = new Scenario("bench-grid-" + size + "x" + size,
        "Generated benchmark: " + size + "x" + size + " signalised grid, " + trips
            + " random trips over " + hours + " h",
        new SimulationSpec(start, end, seed, 0),
        new GridSpec(size, size, 200, 2, 13.89, 1800,
            new GridSignals(true, 60, 4, 0.5, 0)),
        new DemandSpec(new TimeProfile(start, hours * 3600, new double[] {1.0}), List.of(),
            Optional.of(new DemandSpec.RandomDemandSpec(trips / hours,
                DemandSpec.Places.ALL)), List.of()),
        TrafficSpec.defaults(), new OutputSpec(900, 300, true), Path.of("."));
    long t0 = System.nanoTime();
    RunPipeline.Outcome o = new RunPipeline(BuildInfo.current())
        .run(s, null, out, Progress.forTerminal(false));
    double wall = (System.nanoTime() - t0) / 1e9;
    var k = o.result().kpis();
    RunPipeline.Phases p = o.phases();
    spec.commandLine().getOut().printf(Locale.ROOT,
        "{\"grid\":%d,\"links\":%d,\"trips\":%d,\"arrived\":%s,\"linkTraversals\":%d,"
            + "\"events\":%d,\"buildSeconds\":%.3f,\"simulateSeconds\":%.3f,"
            + "\"writeSeconds\":%.3f,\"traversalsPerSecond\":%.0f,\"eventsPerSecond\":%.0f,"
            + "\"wallSeconds\":%.3f}%n",
        size, 4 * size * (size - 1), o.result().trips().size(), k.get(KpiKeys.ARRIVED),
        o.info().linkTraversals(), o.info().eventsProcessed(), p.build(), p.simulate(),
        p.write(), o.info().linkTraversals() / p.simulate(),
        o.info().eventsProcessed() / p.simulate(), wall);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
