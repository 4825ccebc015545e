package org.citysim.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class JitPolicyTest {
  private static final Path GRID_TOWN = Path.of("..", "scenarios", "grid-town.yaml");

  private static Scenario gridTown(String... overrides) throws Exception {
    return new ScenarioLoader().load(GRID_TOWN, List.of(overrides));
  }

  @Test
  void smallScenario_staysOnTheQuickJit() throws Exception {
    assertFalse(JitPolicy.wantsFullJit("auto", gridTown()));
  }

  @Test
  void largeDemand_asksForTheFullJit_onlyWhenTheLauncherCanRelaunch() throws Exception {
    Scenario big = gridTown("demand.random.rate=40000");
    assertTrue(JitPolicy.wantsFullJit("auto", big));
    assertFalse(JitPolicy.wantsFullJit(null, big), "started without the launcher's auto mode");
    assertFalse(JitPolicy.wantsFullJit("full", big));
  }
}
