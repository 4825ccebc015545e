package org.citysim.agents.signal;

import java.nio.file.Files;
import java.nio.file.Path;
import org.citysim.sim.metrics.RunResult;
import org.citysim.sim.run.ProgressListener;
import org.citysim.sim.run.SimulationBuilder;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioLoader;
import org.citysim.sim.scenario.ScenarioWriter;

/** Runs scenario text through the loader, the builder and the simulation, as the CLI does. */
public final class Runs {
  private Runs() {}

  /** A 3 x 3 grid (5 signalised junctions) with random demand, 07:00 to 08:00, and agents. */
  public static String grid(String agents) {
    return """
        name: control-grid
        simulation: {start: "07:00", end: "08:00", seed: 7}
        network:
          grid: {rows: 3, columns: 3, spacing: 200, signals: {cycle: 60, intergreen: 4}}
        demand:
          profile: {start: "07:00", interval: 900, factors: [0.6, 1.2, 1.4, 0.4]}
          random: {rate: 1500, places: boundary}
          flows:
            - {from: r1c0, to: r1c2, rate: 300}
        """ + agents;
  }

  /** SUMO's cross (one junction, four stages), first 40 minutes, with agents. */
  public static String sumoCross(String agents) {
    return """
        name: control-cross
        simulation: {start: 0, end: 2400, seed: 3}
        network:
          sumo:
            net: "${SUMO_HOME}/tools/game/cross/cross.net.xml"
        demand:
          sumo:
            routes: ["${SUMO_HOME}/tools/game/cross/cross.rou.xml"]
        """ + agents;
  }

  /** Writes {@code yaml} to {@code dir} and runs it. */
  public static RunResult run(Path dir, String yaml) throws Exception {
    Path file = Files.writeString(dir.resolve("scenario.yaml"), yaml);
    Scenario s = new ScenarioLoader().load(file);
    return SimulationBuilder.build(s, ScenarioWriter.toYaml(s), file).run(ProgressListener.NONE);
  }
}
