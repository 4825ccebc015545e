package org.citysim.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.citysim.app.BuildInfo;
import org.citysim.app.RunPipeline;
import org.citysim.sim.run.Simulation;
import org.citysim.sim.run.SimulationBuilder;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code citysim validate FILE}: everything {@code run} checks before it simulates (the file,
 * the network, the demand and its routes), without simulating or writing anything.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a scenario without running it.")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario YAML file.")
  Path file;

  @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a field.")
  List<String> overrides = new ArrayList<>();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Scenario s = new RunPipeline(BuildInfo.current()).load(file, overrides, null);
    Simulation sim = SimulationBuilder.build(s, ScenarioWriter.toYaml(s), file);
    var net = sim.network().network();
    spec.commandLine().getOut().printf("ok: %s: %d nodes, %d links, %d signal plans, %d trips%n",
        s.name(), net.nodeCount(), net.linkCount(), sim.network().signals().plans().size(),
        sim.tripCount());
    net.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
