package org.citysim.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.citysim.app.sweep.exec.SweepFolder;
import org.citysim.app.sweep.exec.SweepStatus;
import org.citysim.app.sweep.file.DesignFactory;
import org.citysim.app.sweep.file.SweepFile;
import org.citysim.app.sweep.file.SweepFileLoader;
import org.citysim.app.sweep.store.ResultStoreException;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code citysim sweep status FILE}: how far a sweep is, running or not. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Show how many runs of a sweep are recorded (also while it runs).")
final class SweepStatusCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Sweep YAML file.")
  Path file;

  @Option(names = "--out", paramLabel = "DIR",
      description = "The sweep's output folder (default: sweeps/<sweep name>).")
  Path out;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SweepFile sweep = new SweepFileLoader(DesignFactory.standard()).load(file);
    int total = sweep.plan().points().size() * sweep.replications();
    String line;
    try {
      line = SweepStatus.describe(sweep, SweepFolder.of(sweep.name(), out), total);
    } catch (ResultStoreException e) {
      throw new ScenarioException(new Problem(null, 0, 0, "--out", e.getMessage(),
          "check the folder, or choose another with --out"));
    }
    spec.commandLine().getOut().println(line);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
