package org.citysim.agents.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.citysim.agents.signal.Runs;
import org.citysim.sim.metrics.IncidentOutputs;
import org.citysim.sim.metrics.IncidentOutputs.IncidentRecord;
import org.citysim.sim.metrics.KpiKeys;
import org.citysim.sim.metrics.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Units dispatched to incidents through whole runs, with both dispatchers found by name through
 * the sim-side SPI: same incidents, finite response times, units of the needed kinds, the same
 * result for the same seed.
 */
class DispatchRunTest {
  @TempDir Path dir;

  private static final String GRID = """
      name: dispatch-grid
      simulation: {start: "07:00", end: "08:30", seed: 5}
      network:
        grid: {rows: 4, columns: 4, spacing: 200}
      demand:
        random: {rate: 1500}
      """;

  private static String incidents(String dispatcher) {
    return GRID + """
        incidents:
          random: {basis: link-hour, rate: 0.05}
          scheduled:
            - {link: r1c1-r1c2, at: "07:20", severity: major}
          detection: {cameras: [r1c1-r1c2], probability: 1}
          response:
            dispatcher: %s
            iterations: 64
            units:
              - {kind: police, depot: r0c0, count: 2}
              - {kind: police, depot: r3c3}
              - {kind: ambulance, depot: r3c0}
              - {kind: tow, depot: r0c3, count: 2}
        """.formatted(dispatcher);
  }

  private RunResult run(String yaml) throws Exception {
    return Runs.run(dir, yaml);
  }

  @Test
  void bothDispatchers_sendUnitsOfTheNeededKinds_withFiniteResponseTimes() throws Exception {
    for (String d : List.of("nearest", "jsprit")) {
      IncidentOutputs o = run(incidents(d)).incidents();
      assertEquals(d, o.dispatcher());
      assertTrue(o.incidents().size() > 1, d + ": incidents " + o.incidents().size());
      IncidentRecord major = o.incidents().stream().filter(IncidentRecord::scheduled)
          .findFirst().orElseThrow();
      assertEquals(major.detected(), major.dispatched(), 1e-9, d + ": dispatched at detection");
      assertTrue(Double.isFinite(major.responseTime()) && major.responseTime() >= 0,
          d + ": response " + major.responseTime());
      List<String> units = List.of(major.units().split(" "));
      assertEquals(3, units.size(), d + ": " + units);
      assertTrue(units.stream().anyMatch(u -> u.startsWith("ambulance-")), d + ": " + units);
      assertTrue(units.stream().anyMatch(u -> u.startsWith("tow-")), d + ": " + units);
      assertTrue(units.stream().anyMatch(u -> u.startsWith("police-")), d + ": " + units);
      for (IncidentRecord i : o.incidents()) {
        if ("minor".equals(i.severity()) && !i.units().isEmpty()) {
          assertTrue(i.units().startsWith("police-") && !i.units().contains(" "),
              d + ": a minor incident needs one police unit: " + i.units());
        }
        if (!Double.isNaN(i.onScene())) {
          assertFalse(Double.isNaN(i.dispatched()), d + ": on scene only after dispatch");
          assertTrue(i.onScene() >= i.dispatched() && i.dispatched() >= i.detected());
        }
      }
      RunResult r = run(incidents(d));
      double mean = ((Number) r.kpis().all().get(KpiKeys.INCIDENT_RESPONSE_MEAN)).doubleValue();
      assertTrue(Double.isFinite(mean) && mean >= 0, d + ": mean response " + mean);
      assertTrue(r.kpis().all().containsKey(KpiKeys.INCIDENT_UNSERVED));
    }
  }

  @Test
  void sameSeed_sameDispatch() throws Exception {
    for (String d : List.of("nearest", "jsprit")) {
      assertEquals(run(incidents(d)).incidents(), run(incidents(d)).incidents(), d);
    }
  }

  @Test
  void bothDispatchers_seeTheSameIncidentsWhileTrafficIsTheSame() throws Exception {
    IncidentRecord a = run(incidents("nearest")).incidents().incidents().get(0);
    IncidentRecord b = run(incidents("jsprit")).incidents().incidents().get(0);
    assertEquals(a.occurred(), b.occurred());
    assertEquals(a.link(), b.link());
    assertEquals(a.detected(), b.detected());
  }

  @Test
  void everyUnitSent_hasAConnectedRouteToItsIncident_deterministically() throws Exception {
    for (String d : List.of("nearest", "jsprit")) {
      IncidentOutputs o = run(incidents(d)).incidents();
      assertFalse(o.routes().isEmpty(), d + ": units were sent");
      long sent = o.incidents().stream().filter(i -> !i.units().isEmpty())
          .mapToLong(i -> i.units().split(" ").length).sum();
      assertEquals(sent, o.routes().size(), d + ": one route per unit sent");
      boolean driven = false;
      for (IncidentOutputs.UnitRoute u : o.routes()) {
        IncidentRecord i = o.incidents().get(u.incident());
        assertTrue(List.of(i.units().split(" ")).contains(u.unit()), u::toString);
        assertTrue(u.unit().startsWith(u.kind() + "-"), u::toString);
        assertEquals(i.dispatched() <= u.dispatched(), true, u::toString);
        if (u.links().isEmpty()) {
          continue;
        }
        driven = true;
        // Grid links are named from-to: a chain of links ending at the upstream node of the
        // incident's link.
        for (int k = 1; k < u.links().size(); k++) {
          assertEquals(u.links().get(k - 1).split("-")[1], u.links().get(k).split("-")[0],
              u::toString);
        }
        assertEquals(i.link().split("-")[0],
            u.links().get(u.links().size() - 1).split("-")[1], u::toString);
      }
      assertTrue(driven, d + ": some unit drove");
      assertEquals(o.routes(), run(incidents(d)).incidents().routes(), d);
    }
  }

  @Test
  void theFirstUnit_drivesItsRouteThroughTraffic_noFasterThanFreeFlow() throws Exception {
    String yaml = incidents("nearest").replace("spacing: 200}", "spacing: 200, speed: 10}");
    IncidentOutputs o = run(yaml).incidents();
    int checked = 0;
    for (IncidentRecord i : o.incidents()) {
      // On scene is the first arrival of the units sent at the first decision.
      List<IncidentOutputs.UnitRoute> first = o.routes().stream()
          .filter(u -> u.incident() == i.id() && u.dispatched() == i.dispatched()).toList();
      if (first.isEmpty() || Double.isNaN(i.onScene())) {
        continue;
      }
      int shortest = first.stream().mapToInt(u -> u.links().size()).min().orElseThrow();
      // Vehicles of the queue model: 20 s per 200 m link at 10 m/s at the very least, plus
      // whatever queues and red lights they meet (and the wait to be inserted).
      assertTrue(i.onScene() - i.dispatched() >= 20.0 * shortest - 1e-9, i + " " + first);
      checked += shortest > 0 ? 1 : 0;
    }
    assertTrue(checked > 0, "some first unit drove to its incident");
  }
}
