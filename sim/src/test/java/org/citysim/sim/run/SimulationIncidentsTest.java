package org.citysim.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citysim.sim.metrics.IncidentOutputs;
import org.citysim.sim.metrics.IncidentOutputs.IncidentRecord;
import org.citysim.sim.metrics.KpiKeys;
import org.citysim.sim.metrics.RunResult;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.scenario.ScenarioLoader;
import org.citysim.sim.scenario.ScenarioWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code incidents} section through a whole run: timelines, rerouting, determinism. */
class SimulationIncidentsTest {
  @TempDir Path dir;

  private static final String GRID = """
      name: incident-grid
      simulation: {start: "07:00", end: "08:30", seed: 5}
      network:
        grid: {rows: 4, columns: 4, spacing: 200}
      demand:
        random: {rate: 1500}
        flows:
          - {from: r1c0, to: r1c3, rate: 400}
      """;

  /** Random incidents on every link, and a closure of the flow's link with everyone complying. */
  private static final String INCIDENTS = """
      incidents:
        random: {basis: link-hour, rate: 0.05}
        scheduled:
          - {link: r1c1-r1c2, at: "07:20", severity: major}
        detection:
          cameras: [r1c1-r1c2]
          probability: 1
        compliance: 1
      """;

  private RunResult run(String yaml, String... overrides) throws Exception {
    Path file = Files.writeString(dir.resolve("s.yaml"), yaml);
    Scenario s = new ScenarioLoader().load(file, List.of(overrides));
    return SimulationBuilder.build(s, ScenarioWriter.toYaml(s), file).run(ProgressListener.NONE);
  }

  @Test
  void withoutIncidentsSection_nothingIsModelled() throws Exception {
    RunResult r = run(GRID);
    assertTrue(r.incidents().isEmpty());
    assertFalse(r.kpis().all().containsKey(KpiKeys.INCIDENTS));
  }

  @Test
  void incidentsOccur_withOrderedTimelines_andDriversReroute() throws Exception {
    RunResult r = run(GRID + INCIDENTS);
    IncidentOutputs o = r.incidents();
    assertFalse(o.isEmpty());
    assertTrue(o.incidents().size() > 1, () -> "incidents: " + o.incidents().size());
    IncidentRecord first = o.incidents().get(0);
    assertTrue(o.incidents().stream().anyMatch(i -> !i.scheduled()), "random incidents occur");
    IncidentRecord scheduled = o.incidents().stream().filter(IncidentRecord::scheduled)
        .findFirst().orElseThrow();
    assertEquals("r1c1-r1c2", scheduled.link());
    assertEquals(7 * 3600 + 1200, scheduled.occurred());
    assertEquals("camera", scheduled.detectedBy());
    assertTrue(scheduled.closed());
    assertEquals(60, scheduled.detected() - scheduled.occurred(), 1e-9);
    assertEquals(600, scheduled.onScene() - scheduled.detected(), 1e-9);
    for (IncidentRecord i : o.incidents()) {
      assertTrue(Double.isNaN(i.dispatched()), "no dispatcher");
      double[] t = {i.occurred(), i.detected(), i.onScene(), i.lanesCleared(), i.allClear()};
      for (int k = 1; k < t.length; k++) {
        // Points not reached by the end are NaN; those reached are in order.
        if (!Double.isNaN(t[k])) {
          assertTrue(t[k - 1] <= t[k], () -> "timeline out of order: " + i);
        }
      }
      assertTrue(i.occurred() >= r.start() && i.occurred() <= r.end());
    }
    assertTrue(first.id() == 0);
    assertTrue(o.rerouted() > 0, "with compliance 1 drivers reroute around the closure");
    assertEquals((long) o.incidents().size(), r.kpis().get(KpiKeys.INCIDENTS).longValue());
    assertEquals((long) o.rerouted(), r.kpis().get(KpiKeys.INCIDENT_REROUTED).longValue());
    assertTrue(r.kpis().get(KpiKeys.INCIDENT_DETECTION_MEAN).doubleValue() > 0);
    assertTrue(r.kpis().get(KpiKeys.INCIDENT_CLEARANCE_MEAN).doubleValue()
        > r.kpis().get(KpiKeys.INCIDENT_DETECTION_MEAN).doubleValue());
    assertTrue(r.kpis().all().containsKey(KpiKeys.INCIDENT_HELD));
  }

  @Test
  void noCompliance_noRerouting() throws Exception {
    assertEquals(0, run(GRID + INCIDENTS, "incidents.compliance=0").incidents().rerouted());
  }

  @Test
  void sameSeed_givesEqualOutputs() throws Exception {
    IncidentOutputs a = run(GRID + INCIDENTS).incidents();
    IncidentOutputs b = run(GRID + INCIDENTS).incidents();
    assertEquals(a, b);
    IncidentOutputs c = run(GRID + INCIDENTS, "simulation.seed=6").incidents();
    assertFalse(a.equals(c), "another seed, other random incidents");
  }

  @Test
  void closureHoldsVehiclesToTheEnd_whenNobodyReroutes() throws Exception {
    String yaml = GRID + """
        incidents:
          closures:
            - {link: r1c1-r1c2, from: "07:05"}
          compliance: 0
        """;
    RunResult r = run(yaml);
    assertTrue(r.incidents().incidents().isEmpty());
    assertEquals(1, r.incidents().closures());
    assertTrue(r.incidents().heldAtEnd() > 0, "the flow waits at the closed link");
    assertEquals(0L, r.kpis().get(KpiKeys.INCIDENTS).longValue());
  }

  @Test
  void unknownLink_isLocatedWithADidYouMean() {
    String yaml = GRID + """
        incidents:
          scheduled:
            - {link: r1c1_r1c2, at: "07:20", severity: major}
        """;
    ScenarioException e = assertThrows(ScenarioException.class, () -> run(yaml));
    assertEquals(1, e.problems().size());
    Problem p = e.problems().get(0);
    assertEquals("incidents.scheduled[0].link", p.field());
    assertEquals(11, p.line()); // the line of the list entry
    assertTrue(p.hint().contains("did you mean 'r1c1-r1c2'"), p::hint);
  }

  @Test
  void unknownDepotNode_isLocatedWithADidYouMean() {
    String yaml = GRID + """
        incidents:
          response:
            dispatcher: nearest
            units:
              - {kind: police, depot: r1c9}
        """;
    ScenarioException e = assertThrows(ScenarioException.class, () -> run(yaml));
    assertEquals(1, e.problems().size());
    Problem p = e.problems().get(0);
    assertEquals("incidents.response.units[0].depot", p.field());
    assertEquals(13, p.line());
    assertTrue(p.message().contains("no node 'r1c9'"), p::message);
    assertTrue(p.hint().contains("did you mean"), p::hint);
  }

  @Test
  void dispatcherNone_withUnitsListed_changesNothing() throws Exception {
    RunResult plain = run(GRID + INCIDENTS);
    RunResult none = run(GRID + INCIDENTS + """
          response:
            dispatcher: none
            units:
              - {kind: police, depot: r0c0, count: 3}
        """);
    assertEquals(plain.incidents(), none.incidents());
    assertEquals(plain.kpis().all(), none.kpis().all());
    assertFalse(none.kpis().all().containsKey(KpiKeys.INCIDENT_RESPONSE_MEAN));
    for (IncidentRecord i : none.incidents().incidents()) {
      assertEquals("", i.units());
    }
  }
}
