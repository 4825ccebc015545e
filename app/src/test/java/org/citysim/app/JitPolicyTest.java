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

  @Test
  void largePollutionGrid_asksForTheFullJit_theShippedOneDoesNot() throws Exception {
    Scenario shipped = new ScenarioLoader().load(
        Path.of("..", "scenarios", "air-quality.yaml"), List.of());
    // 60 x 60 cells of 25 m, 150 steps.
    assertTrue(JitPolicy.pollutionCellSteps(shipped) == 60 * 60 * 150,
        () -> "estimate " + JitPolicy.pollutionCellSteps(shipped));
    assertFalse(JitPolicy.wantsFullJit("auto", shipped));
    Scenario city = new ScenarioLoader().load(Path.of("..", "scenarios", "air-quality.yaml"),
        List.of("pollution.cellSize=50", "pollution.margin=4500"));
    assertTrue(JitPolicy.wantsFullJit("auto", city), "200 x 200 cells");
    assertTrue(JitPolicy.pollutionCellSteps(gridTown()) == 0, "no pollution section");
  }
}
