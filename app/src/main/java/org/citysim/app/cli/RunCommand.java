package org.citysim.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.citysim.app.BuildInfo;
import org.citysim.app.JitPolicy;
import org.citysim.app.RunPipeline;
import org.citysim.app.progress.Progress;
import org.citysim.reports.RunFolders;
import org.citysim.reports.RunReportWriter;
import org.citysim.sim.metrics.KpiKeys;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code citysim run FILE}: simulate a scenario and write its run folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run a scenario and write its report folder.")
final class RunCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario YAML file.")
  Path file;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Run folder (default: runs/<scenario name>-seed<seed>).")
  Path out;

  @Option(names = "--seed", paramLabel = "N", description = "Override the scenario's seed.")
  Long seed;

  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = "Override a scenario field, e.g. --set demand.random.rate=3000 (repeatable).")
  List<String> overrides = new ArrayList<>();

  @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    RunPipeline pipeline = new RunPipeline(BuildInfo.current());
    Scenario scenario = pipeline.load(file, overrides, seed);
    
    if (JitPolicy.wantsFullJit(scenario)) {
      return JitPolicy.RELAUNCH_FULL_JIT;
    }
    if (scenario.outputs().charts()) {
      // Fonts, Java2D and Jackson load on the side while the network is read and simulated.
      RunReportWriter.warmUpInBackground();
    }
    Path dir = out != null ? out
        : Path.of("runs", scenario.name() + "-seed" + scenario.simulation().seed());
    // Check the target before simulating: a refused folder should not cost a whole run.
    java.util.Optional<String> refused = RunFolders.problem(dir);
    if (refused.isPresent()) {
      throw new ScenarioException(new Problem(null, 0, 0, "--out", refused.get(),
          "choose a new or empty folder, or an earlier run folder"));
    }
    RunPipeline.Outcome o = pipeline.run(scenario, file, dir, Progress.forTerminal(quiet));
    PrintWriter w = spec.commandLine().getOut();
    for (String warning : o.result().warnings()) {
      spec.commandLine().getErr().println("warning: " + warning);
    }
    int width = 26;
    for (String key : o.result().kpis().all().keySet()) {
      width = Math.max(width, key.length());
    }
    for (Map.Entry<String, Object> e : o.result().kpis().all().entrySet()) {
      w.printf(Locale.ROOT, "  %-" + width + "s %s%n", e.getKey(), e.getValue());
    }
    w.printf(Locale.ROOT, "%d events, %d link traversals; build %.2f s, simulate %.2f s%s,"
        + " write %.2f s%n", o.info().eventsProcessed(), o.info().linkTraversals(),
        o.phases().build(), o.phases().simulate(), o.info().pollutionSeconds() > 0
            ? String.format(Locale.ROOT, " (pollution %.2f s)", o.info().pollutionSeconds())
            : o.info().modelSeconds() > 0
            ? String.format(Locale.ROOT, " (model inference %.2f s)", o.info().modelSeconds())
            : "", o.phases().write());
    Number caused = o.result().kpis().get(KpiKeys.INCIDENT_DELAY);
    if (caused != null) {
      w.printf(Locale.ROOT, "incidents caused %.1f veh-h of delay (against %.1f veh-h without"
          + " them; baseline run %.2f s)%n", caused.doubleValue(),
          o.result().kpis().get(KpiKeys.INCIDENT_BASELINE_DELAY).doubleValue(),
          o.phases().baseline());
    }
    w.println("run folder: " + o.outDir().toAbsolutePath().normalize());
    w.flush();
    return 0;
  }
}
