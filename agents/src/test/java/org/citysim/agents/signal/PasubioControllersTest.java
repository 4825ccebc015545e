package org.citysim.agents.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.citysim.sim.metrics.KpiKeys;
import org.citysim.sim.metrics.RunResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every controller on every signalised junction of Bologna's Pasubio district, read from SUMO's
 * files (programs of 2 to 10 stages, joined signals split per node): the whole demand gets
 * through. About a second per controller.
 */
class PasubioControllersTest {
  @TempDir Path dir;

  @Tag("slow")
  @ParameterizedTest
  @ValueSource(strings = {"webster", "actuated", "max-pressure", "pid",
      "{agent: pid, config: {variable: occupancy}}"})
  void everyController_getsTheWholeDemandThrough(String agent) throws Exception {
    String spec = agent.startsWith("{") ? agent : "{agent: " + agent + "}";
    String yaml = Files.readString(Path.of("..", "scenarios", "pasubio.yaml")) + "\nagents: ["
        + spec + "]\n";
    RunResult r = Runs.run(dir, yaml);
    assertEquals(8664, r.kpis().get(KpiKeys.INSERTED).intValue());
    assertEquals(8664, r.kpis().get(KpiKeys.ARRIVED).intValue());
    long driven = r.agents().series().stream().map(s -> s.name().substring(0,
        s.name().indexOf('/'))).distinct().count();
    assertTrue(driven >= 10, "junctions driven: " + driven);
  }
}
