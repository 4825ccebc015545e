package org.citysim.sim.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.kernel.EndReason;
import org.junit.jupiter.api.Test;

class IncidentsTest {
  private static final Severity CLOSING = Severity.closing("crash", 1, LogNormal.fixed(900), 300);
  private static final Severity ONE_LANE =
      new Severity("stall", 1, 1, 1, new LogNormal(600, 300), 120);
  private static final DetectionSpec REPORT_60 =
      new DetectionSpec(List.of(), 1, 30, LogNormal.fixed(60));

  private static IncidentSpec spec(List<ScheduledIncident> scheduled, List<Closure> closures,
      DetectionSpec detection, ResponseSpec response, double compliance) {
    return new IncidentSpec(RandomIncidents.none(), scheduled, closures, detection, response,
        compliance);
  }

  private static IncidentSpec closure(double compliance) {
    return spec(List.of(), List.of(new Closure("b", 0, Double.POSITIVE_INFINITY,
        Closure.ALL_LANES)), REPORT_60, ResponseSpec.defaults(), compliance);
  }

  @Test
  void closedLinkWithVehiclesBehindIt_runEndsOnTimeAndCountsThemAsHeld() throws Exception {
    Rig r = new Rig();
    r.run(40, 2, 3600, 1, closure(0));
    assertNotEquals(EndReason.EVENT_LIMIT, r.endReason, "no livelock");
    assertTrue(r.kernel.now() <= 3600);
    assertEquals(0, r.arrivals.size(), "nobody passes a closed link, stuck time or not");
    // Those in b's lane of a are held by the closure; the rest wait to be inserted behind them.
    assertEquals(r.model.occupancy(r.link("a")), r.model.vehiclesHeldByClosures());
    assertTrue(r.model.vehiclesHeldByClosures() > 10);
    assertEquals(40, r.model.vehiclesInNetwork() + r.model.vehiclesWaitingToInsert());
    assertEquals(0, r.incidents.rerouting().rerouted());
  }

  @Test
  void compliantDrivers_takeTheDetourAroundAClosedLink() throws Exception {
    Rig r = new Rig();
    r.run(40, 2, 3600, 1, closure(1));
    assertEquals(40, r.arrivals.size());
    assertEquals(0, r.vehiclesThatUsed("b"));
    assertEquals(40, r.vehiclesThatUsed("d"));
    assertEquals(0, r.model.vehiclesHeldByClosures());
  }

  @Test
  void partlyCompliantDrivers_splitBetweenDetourAndWaiting() throws Exception {
    Rig r = new Rig();
    r.run(200, 2, 3600, 3, closure(0.5));
    long detour = r.vehiclesThatUsed("d");
    assertEquals(detour, r.arrivals.size(), "only the detour leads anywhere");
    // Every driver is informed as it departs; about half take the detour (binomial sd 7).
    assertEquals(200, r.incidents.rerouting().informed());
    int rerouted = r.incidents.rerouting().rerouted();
    assertTrue(rerouted > 70 && rerouted < 130, "about half comply: " + rerouted);
    // Once b's lane of a is full of drivers who wait, the insertion queue behind them is stuck
    // too, compliant or not: fewer arrive than rerouted.
    assertTrue(detour > 20 && detour <= rerouted, "detour " + detour);
    assertEquals(200 - detour,
        r.model.vehiclesInNetwork() + r.model.vehiclesWaitingToInsert());
  }

  @Test
  void incidentDetectedEnRoute_reroutesVehiclesBeforeTheBlockedLinkOnly() throws Exception {
    // Closed at 100 s, reported at 160 s: those already queued at b's entry when informed
    // reroute from the end of a; after clearance (at 160 + 600 + 900) b is used again.
    Rig r = new Rig();
    IncidentSpec s = spec(List.of(new ScheduledIncident("b", 100, CLOSING)), List.of(),
        REPORT_60, new ResponseSpec(false, 600), 1);
    r.run(600, 4, 4000, 1, s);
    Incident i = r.incidents.log().incident(0);
    assertEquals(100, i.occurred());
    assertEquals(160, i.detected());
    assertFalse(i.byCamera());
    assertTrue(Double.isNaN(i.dispatched()), "no dispatcher");
    assertEquals(760, i.onScene());
    assertEquals(1660, i.lanesCleared());
    assertEquals(1960, i.allClear());
    assertTrue(r.vehiclesThatUsed("d") > 0);
    assertTrue(r.incidents.rerouting().rerouted() > 0);
    assertEquals(600, r.arrivals.size(), "every vehicle arrives, by the detour or after");
    assertFalse(r.model.isClosed(r.link("b")));
  }

  @Test
  void camera_detectsAfterItsDelay_andPartialBlockageLowersCapacity() throws Exception {
    Rig r = new Rig();
    DetectionSpec cams = new DetectionSpec(List.of("b"), 1, 30, LogNormal.fixed(600));
    List<Double> fractions = new ArrayList<>();
    IncidentSpec s = spec(List.of(new ScheduledIncident("b", 50, new Severity("x", 1, 1, 0.7,
        LogNormal.fixed(100), 0))), List.of(), cams, new ResponseSpec(false, 10), 0);
    r.run(10, 10, 1000, 1, s);
    Incident i = r.incidents.log().incident(0);
    assertTrue(i.byCamera());
    assertEquals(80, i.detected());
    assertEquals(190, i.lanesCleared());
    assertEquals(1.0, r.model.capacityFraction(r.link("b")));
  }

  @Test
  void dispatcher_setsDispatchAndOnSceneTimes() throws Exception {
    IncidentSpec s = spec(List.of(new ScheduledIncident("b", 100, CLOSING)), List.of(),
        REPORT_60, new ResponseSpec(true, 0), 0);
    List<IncidentPhase> seen = new ArrayList<>();
    Rig r = new Rig();
    // A stand-in dispatcher: a unit sent 20 s after detection arrives 5 min later.
    r.run(20, 5, 4000, 1, s, (kernel, incidents) ->
        kernel.bus().subscribe(IncidentEvent.class, e -> {
          seen.add(e.phase());
          if (e.phase() == IncidentPhase.DETECTED) {
            incidents.log().dispatched(e.incident(), e.time() + 20);
            incidents.log().onScene(e.incident(), e.time() + 320);
          }
        }));
    Incident i = r.incidents.log().incident(0);
    assertEquals(160, i.detected());
    assertEquals(180, i.dispatched());
    assertEquals(480, i.onScene());
    assertEquals(1380, i.lanesCleared());
    assertEquals(1680, i.allClear());
    assertEquals(List.of(IncidentPhase.OCCURRED, IncidentPhase.DETECTED,
        IncidentPhase.DISPATCHED, IncidentPhase.ON_SCENE, IncidentPhase.LANES_CLEARED,
        IncidentPhase.ALL_CLEAR), seen);
    assertThrows(IllegalStateException.class, () -> r.incidents.log().onScene(0, 4000));
    assertEquals(20, r.arrivals.size(), "non-compliant drivers waited for the clearance");
  }
}
