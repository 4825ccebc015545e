package org.citysim.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverridesTest {
  @TempDir Path dir;

  private static final String WITH_FLOWS = Yaml.GRID
      + "  flows:\n    - {from: r0c0, to: r5c5, rate: 10}\n    - {from: r1c1, to: r2c2, rate: 20}\n";

  @Test
  void numberOverride_replacesValue() throws Exception {
    Scenario s = Yaml.load(dir, Yaml.GRID, "demand.random.rate=1234", "network.grid.rows=10");
    assertEquals(1234, s.demand().random().orElseThrow().rate());
    assertEquals(10, ((GridSpec) s.network()).rows());
  }

  @Test
  void timeOverride_quotedOrNot() throws Exception {
    assertEquals(34_200, Yaml.load(dir, Yaml.GRID, "simulation.end=09:30").simulation().end());
    assertEquals(27_000, Yaml.load(dir, Yaml.GRID, "simulation.start=\"07:30\"").simulation().start());
  }

  @Test
  void nestedOverride_createsMissingObjects() throws Exception {
    Scenario s = Yaml.load(dir, Yaml.GRID, "traffic.cellSize=8", "network.grid.signals.cycle=90",
        "outputs.charts=false");
    assertEquals(8, s.traffic().cellSize());
    assertEquals(TrafficSpec.defaults().stuckTime(), s.traffic().stuckTime());
    assertEquals(90, ((GridSpec) s.network()).signals().cycle());
    assertEquals(false, s.outputs().charts());
  }

  @Test
  void listIndexOverride_changesOneElement() throws Exception {
    Scenario s = Yaml.load(dir, WITH_FLOWS, "demand.flows[1].rate=50");
    assertEquals(10, s.demand().flows().get(0).rate());
    assertEquals(50, s.demand().flows().get(1).rate());
  }

  @Test
  void listValueOverride_setsWholeList() throws Exception {
    Scenario s = Yaml.load(dir, Yaml.GRID, "demand.profile.factors=[1,2,3]",
        "demand.profile.start=07:00", "demand.profile.interval=600");
    assertArrayEquals(new double[] {1, 2, 3}, s.demand().profile().factors());
    assertEquals(600, s.demand().profile().interval());
  }

  @Test
  void unknownKeyInOverridePath_mentionsSet() {
    List<Problem> ps = Yaml.problemsOf(dir, Yaml.GRID, "network.grid.rowz=10");
    assertEquals(1, ps.size(), ps::toString);
    Problem p = ps.get(0);
    assertEquals(0, p.line());
    assertEquals("network.grid.rowz", p.field());
    assertTrue(p.message().startsWith("unknown key 'rowz'"), p.message());
    assertTrue(p.message().contains("--set network.grid.rowz=10"), p.message());
    assertTrue(p.hint().contains("did you mean 'rows'?"), p.hint());
    assertEquals(dir.resolve("s.yaml").toAbsolutePath().normalize(), p.file());
  }

  @Test
  void badOverrideValue_isValidatedAndMentionsSet() {
    List<Problem> ps = Yaml.problemsOf(dir, Yaml.GRID, "demand.random.rate=abc",
        "simulation.end=7h");
    assertEquals(List.of("simulation.end", "demand.random.rate"),
        ps.stream().map(Problem::field).toList());
    ps.forEach(p -> {
      assertEquals(0, p.line());
      assertTrue(p.message().contains("--set"), p.message());
    });
  }

  @Test
  void malformedOverrides_areProblems() {
    List<Problem> ps = Yaml.problemsOf(dir, WITH_FLOWS, "no-equals-sign", "demand.flows[7].rate=1",
        "a..b=1", "network.grid.rows[0]=1", "demand.random.rate=[1, 2");
    assertEquals(5, ps.size(), ps::toString);
    assertTrue(ps.get(0).message().contains("expected path=value"), ps.get(0).message());
    assertTrue(ps.get(1).message().contains("index 7 is out of range"), ps.get(1).message());
    assertTrue(ps.get(1).hint().contains("2 element(s)"), ps.get(1).hint());
    assertTrue(ps.get(2).message().contains("malformed override path"), ps.get(2).message());
    assertTrue(ps.get(3).message().contains("not a list"), ps.get(3).message());
    assertTrue(ps.get(4).message().contains("malformed YAML"), ps.get(4).message());
    ps.forEach(p -> assertTrue(p.message().contains("--set"), p.message()));
  }
}
