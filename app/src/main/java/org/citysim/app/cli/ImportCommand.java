package org.citysim.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.citysim.sim.run.SimulationBuilder;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.scenario.ScenarioLoader;
import org.citysim.sim.scenario.ScenarioWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code citysim import sumo}: writes a scenario file that references SUMO files where they lie
 * (nothing is copied), after checking that citysim can build and route it.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Write a scenario that references another simulator's files.",
    subcommands = {ImportCommand.Sumo.class})
final class ImportCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing format: sumo");
  }

  /** {@code citysim import sumo --net N --routes R... --out FILE}. */
  @Command(name = "sumo", mixinStandardHelpOptions = true,
      description = "Write a scenario YAML for SUMO .net.xml and .rou.xml files.")
  static final class Sumo implements Callable<Integer> {
    @Option(names = "--net", required = true, paramLabel = "NET", description = ".net.xml file")
    Path net;

    @Option(names = "--additional", paramLabel = "FILE",
        description = "Additional files with tlLogic programs (repeatable).")
    List<Path> additional = new ArrayList<>();

    @Option(names = "--routes", required = true, paramLabel = "FILE",
        description = "Route files and vehicle-type files (repeatable).")
    List<Path> routes = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE",
        description = "Scenario file to write.")
    Path out;

    @Option(names = "--name", defaultValue = "sumo-import", description = "Scenario name.")
    String name;

    @Option(names = "--begin", defaultValue = "0", description = "Start [s or HH:MM].")
    String begin;

    @Option(names = "--end", defaultValue = "24:00", description = "End [s or HH:MM].")
    String end;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (Files.exists(out)) {
        throw new ScenarioException(new Problem(out, 0, 0, "--out", "file exists",
            "choose a new file name; import never overwrites"));
      }
      StringBuilder y = new StringBuilder();
      y.append("# Imported from SUMO by citysim import sumo; files are referenced, not copied.\n");
      y.append("name: ").append(quote(name)).append('\n');
      y.append("simulation: {start: ").append(quote(begin)).append(", end: ").append(quote(end))
          .append(", seed: 1}\n");
      y.append("network:\n  sumo:\n    net: ").append(quote(abs(net))).append('\n');
      y.append("    additional: [");
      for (int i = 0; i < additional.size(); i++) {
        y.append(i == 0 ? "" : ", ").append(quote(abs(additional.get(i))));
      }
      y.append("]\ndemand:\n  sumo:\n    routes:\n");
      for (Path r : routes) {
        y.append("      - ").append(quote(abs(r))).append('\n');
      }
      Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".partial");
      Files.writeString(tmp, y.toString());
      try {
        // Check it the way a run would, before the file appears under its name.
        Scenario s = new ScenarioLoader().load(tmp);
        var sim = SimulationBuilder.build(s, ScenarioWriter.toYaml(s), tmp);
        Files.move(tmp, out, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getOut().printf("wrote %s: %d links, %d trips%n", out,
            sim.network().network().linkCount(), sim.tripCount());
        spec.commandLine().getOut().flush();
        return 0;
      } finally {
        Files.deleteIfExists(tmp);
      }
    }

    private static String abs(Path p) {
      return p.toAbsolutePath().normalize().toString();
    }

    private static String quote(String s) {
      return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
  }
}
