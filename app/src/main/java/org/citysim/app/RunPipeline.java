package org.citysim.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.citysim.app.progress.Progress;
import org.citysim.reports.RunReportWriter;
import org.citysim.sim.metrics.KpiKeys;
import org.citysim.sim.metrics.RunInfo;
import org.citysim.sim.metrics.RunResult;
import org.citysim.sim.run.Simulation;
import org.citysim.sim.run.SimulationBuilder;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.scenario.ScenarioLoader;
import org.citysim.sim.scenario.ScenarioWriter;

/** Scenario file to run folder: load, build, simulate, write. */
public final class RunPipeline {
  private final BuildInfo build;

  public RunPipeline(BuildInfo build) {
    this.build = build;
  }

  /**
   * What a finished run reports back.
   *
   * @param result the deterministic result
   * @param info   timings and counts
   * @param outDir the run folder, or null when nothing was written
   * @param phases wall time of each phase [s]
   */
  public record Outcome(RunResult result, RunInfo info, Path outDir, Phases phases) {}

  /**
   * Wall time per phase [s].
   *
   * @param build    network, demand generation and routing
   * @param simulate the event loop and result collection
   * @param write    the run folder (0 when none was written)
   * @param baseline building and simulating the baseline run without incidents (0 when none
   *                 was made; see {@link org.citysim.sim.scenario.IncidentsSpec#baseline})
   */
  public record Phases(double build, double simulate, double write, double baseline) {
    /** Without a baseline run. */
    public Phases(double build, double simulate, double write) {
      this(build, simulate, write, 0);
    }

    /** All phases together [s]. */
    public double total() {
      return build + simulate + write + baseline;
    }
  }

  /** Loads a scenario file with overrides and an optional seed override. */
  public Scenario load(Path file, List<String> overrides, Long seed) throws ScenarioException {
    Scenario s = new ScenarioLoader().load(file, overrides);
    return seed == null ? s : s.withSeed(seed);
  }

  /**
   * Simulates {@code scenario} and writes its folder to {@code outDir} (skipped when null).
   *
   * @param source the scenario file, for error messages (may be null)
   */
  public Outcome run(Scenario scenario, Path source, Path outDir, Progress progress)
      throws ScenarioException, IOException {
    long t0 = System.nanoTime();
    Simulation sim = SimulationBuilder.build(scenario, ScenarioWriter.toYaml(scenario), source);
    long t1 = System.nanoTime();
    RunResult result;
    try (Progress.Task task = progress.start("simulating " + scenario.name(), 1000)) {
      result = sim.run((now, start, end) ->
          task.update(Math.round(1000 * (now - start) / (end - start))));
    }
    long tb = System.nanoTime();
    if (scenario.incidents().wantsBaseline(sim.tripCount())) {
      addCausedDelay(result, scenario, source, progress);
    }
    long t2 = System.nanoTime();
    double baselineSeconds = (t2 - tb) / 1e9;
    double simSeconds = (tb - t1) / 1e9;
    RunInfo info = new RunInfo(build.version(), build.commit(), System.getProperty("java.version"),
        (tb - t0) / 1e9, sim.eventsProcessed(), sim.eventsProcessed() / simSeconds,
        sim.linkTraversals(), sim.pollutionSeconds(), sim.modelSeconds());
    if (outDir != null) {
      try {
        new RunReportWriter(scenario.outputs().charts()).write(result, info, outDir);
      } catch (IOException e) {
        // The folder was checked before the run; what fails now is the environment (rights,
        // disk space), which the user has to fix, so it is reported like bad input.
        throw new ScenarioException(new Problem(null, 0, 0, "--out",
            "cannot write the run folder " + outDir + ": " + e.getMessage(),
            "check that the folder is writable and the disk has space"));
      }
    }
    long t3 = System.nanoTime();
    return new Outcome(result, info, outDir,
        new Phases((t1 - t0) / 1e9, simSeconds, (t3 - t2) / 1e9, baselineSeconds));
  }

  /**
   * Simulates {@code scenario} without its incidents section, same seed, writing nothing, and
   * adds {@link KpiKeys#INCIDENT_DELAY} (this run's network delay minus the baseline's) and
   * {@link KpiKeys#INCIDENT_BASELINE_DELAY} to {@code result}'s KPIs.
   */
  private static void addCausedDelay(RunResult result, Scenario scenario, Path source,
      Progress progress) throws ScenarioException {
    Scenario base = scenario.withoutIncidents();
    Simulation sim = SimulationBuilder.build(base, ScenarioWriter.toYaml(base), source);
    RunResult without;
    try (Progress.Task task = progress.start("baseline without incidents", 1000)) {
      without = sim.run((now, start, end) ->
          task.update(Math.round(1000 * (now - start) / (end - start))));
    }
    Number with = result.kpis().get(KpiKeys.DELAY_NETWORK_VEH_HOURS);
    Number baseline = without.kpis().get(KpiKeys.DELAY_NETWORK_VEH_HOURS);
    if (with == null || baseline == null) {
      return;
    }
    result.kpis().put(KpiKeys.INCIDENT_DELAY, with.doubleValue() - baseline.doubleValue())
        .put(KpiKeys.INCIDENT_BASELINE_DELAY, baseline.doubleValue());
  }
}
