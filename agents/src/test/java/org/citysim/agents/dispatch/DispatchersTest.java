package org.citysim.agents.dispatch;

import static org.citysim.agents.dispatch.Problems.incident;
import static org.citysim.agents.dispatch.Problems.unit;
import static org.citysim.agents.dispatch.UnitKind.AMBULANCE;
import static org.citysim.agents.dispatch.UnitKind.POLICE;
import static org.citysim.agents.dispatch.UnitKind.TOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citysim.agents.dispatch.Assignment.Reason;
import org.citysim.agents.dispatch.Assignment.Unserved;
import org.citysim.sim.random.RandomStreams;
import org.junit.jupiter.api.Test;

class DispatchersTest {
  private static JspritDispatcher jsprit(long seed) {
    return new JspritDispatcher(new RandomStreams(seed, 0).stream("agent/dispatch"));
  }

  /**
   * Units a (node 0) and b (node 1); incidents x (node 10, reported first) and y (node 11), same
   * priority. a is nearest to both. Greedy sends a to x (60 s), leaving b to y (600 s): 660 s.
   * The optimum sends b to x (120 s) and a to y (180 s): 300 s, the only other assignment.
   */
  private static DispatchProblem greedyTrap() {
    Problems.Table t = new Problems.Table()
        .set(0, 10, 60).set(1, 10, 120)
        .set(0, 11, 180).set(1, 11, 600);
    return new DispatchProblem(100,
        List.of(unit("a", AMBULANCE, 0), unit("b", AMBULANCE, 1)),
        List.of(incident("x", 10, 2, 0, AMBULANCE), incident("y", 11, 2, 10, AMBULANCE)), t);
  }

  @Test
  void jsprit_findsTheKnownOptimum_whereNearestUnitIsGreedy() {
    DispatchProblem p = greedyTrap();
    Assignment opt = jsprit(1).assign(p);
    assertEquals(List.of("b"), opt.unitsFor("x"));
    assertEquals(List.of("a"), opt.unitsFor("y"));
    assertEquals(2 * 300, opt.weightedResponseTime(p), 1e-9);
    assertEquals(100 + 120, opt.dispatches().get(0).arrival(), 1e-9, "x: b leaves now, 120 s");

    Assignment greedy = new NearestUnitDispatcher().assign(p);
    assertEquals(List.of("a"), greedy.unitsFor("x"));
    assertEquals(List.of("b"), greedy.unitsFor("y"));
    assertEquals(2 * 660, greedy.weightedResponseTime(p), 1e-9);
    assertTrue(opt.unserved().isEmpty() && greedy.unserved().isEmpty());
  }

  @Test
  void skills_areRespected_aNearTowTruckIsNeverSentToAnAmbulanceJob() {
    Problems.Table t = new Problems.Table()
        .set(0, 10, 10).set(1, 10, 300).set(2, 10, 200)
        .set(0, 11, 20).set(1, 11, 400).set(2, 11, 250);
    DispatchProblem p = new DispatchProblem(0,
        List.of(unit("tow", TOW, 0), unit("amb", AMBULANCE, 1), unit("pol", POLICE, 2)),
        List.of(incident("medical", 10, 1, 0, AMBULANCE),
            incident("crash", 11, 2, 0, TOW, POLICE)), t);
    for (Dispatcher d : List.of(jsprit(7), new NearestUnitDispatcher())) {
      Assignment a = d.assign(p);
      assertEquals(List.of("amb"), a.unitsFor("medical"), d.getClass().getSimpleName());
      // Kind order: TOW before POLICE.
      assertEquals(List.of("tow", "pol"), a.unitsFor("crash"), d.getClass().getSimpleName());
      assertTrue(a.unserved().isEmpty());
    }
  }

  @Test
  void aNeedNoUnitCanServe_isUnserved_withItsReason() {
    Problems.Table t = new Problems.Table().set(0, 10, 10).set(1, 11, 7200);
    DispatchProblem p = new DispatchProblem(0,
        List.of(unit("tow", TOW, 0), unit("amb", AMBULANCE, 1)),
        List.of(incident("medical", 10, 1, 0, AMBULANCE),
            incident("far", 11, 1, 0, AMBULANCE),
            incident("riot", 10, 2, 0, POLICE)), t);
    List<Unserved> expected = List.of(
        new Unserved("medical", AMBULANCE, Reason.CANNOT_ARRIVE_IN_TIME), // no route from node 1
        new Unserved("far", AMBULANCE, Reason.CANNOT_ARRIVE_IN_TIME), // 7200 s > 3600 s window
        new Unserved("riot", POLICE, Reason.NO_UNIT_OF_KIND));
    for (Dispatcher d : List.of(jsprit(3), new NearestUnitDispatcher())) {
      Assignment a = d.assign(p);
      assertTrue(a.dispatches().isEmpty(), d.getClass().getSimpleName());
      assertEquals(expected, a.unserved(), d.getClass().getSimpleName());
    }
  }

  @Test
  void withFewerUnitsThanIncidents_theHighPriorityOneIsServed_evenWhenFarther() {
    Problems.Table t = new Problems.Table().set(0, 10, 900).set(0, 11, 30);
    DispatchProblem p = new DispatchProblem(0, List.of(unit("amb", AMBULANCE, 0)),
        List.of(incident("minor", 11, 3, 0, AMBULANCE), incident("cardiac", 10, 1, 5, AMBULANCE)),
        t);
    for (Dispatcher d : List.of(jsprit(5), new NearestUnitDispatcher())) {
      Assignment a = d.assign(p);
      assertEquals(List.of("amb"), a.unitsFor("cardiac"), d.getClass().getSimpleName());
      assertEquals(List.of(new Unserved("minor", AMBULANCE, Reason.UNITS_BUSY)), a.unserved());
    }
  }

  @Test
  void aBusyUnit_leavesWhenFree_andItsWaitCountsInTheResponse() {
    // a is near but busy for 500 s more; b is free and 200 s away: b arrives first.
    Problems.Table t = new Problems.Table().set(0, 10, 30).set(1, 10, 200);
    DispatchProblem p = new DispatchProblem(1000,
        List.of(new DispatchProblem.Unit("a", AMBULANCE, 0, 1500), unit("b", AMBULANCE, 1)),
        List.of(incident("x", 10, 1, 990, AMBULANCE)), t);
    for (Dispatcher d : List.of(jsprit(9), new NearestUnitDispatcher())) {
      Assignment a = d.assign(p);
      assertEquals(List.of("b"), a.unitsFor("x"), d.getClass().getSimpleName());
      assertEquals(1000, a.dispatches().get(0).departure(), 1e-9);
      assertEquals(1200, a.dispatches().get(0).arrival(), 1e-9);
    }
  }
}
