package org.citysim.agents.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citysim.agents.dispatch.Assignment.Dispatch;
import org.citysim.agents.dispatch.DispatchProblem.Incident;
import org.citysim.sim.random.RandomStream;
import org.citysim.sim.random.RandomStreams;
import org.junit.jupiter.api.Test;

class JspritDispatcherTest {

  private static RandomStream stream(long seed, String name) {
    return new RandomStreams(seed, 0).stream(name);
  }

  @Test
  void sameSeed_sameAssignments_callAfterCall() {
    RandomStream instances = stream(11, "instances");
    List<DispatchProblem> problems = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      problems.add(Problems.random(instances, 10, 5, 3600 + 60 * k));
    }
    JspritDispatcher first = new JspritDispatcher(stream(42, "agent/dispatch"));
    JspritDispatcher second = new JspritDispatcher(stream(42, "agent/dispatch"));
    for (int k = 0; k < problems.size(); k++) {
      DispatchProblem p = problems.get(k);
      Assignment a = first.assign(p);
      Assignment b = second.assign(p);
      assertEquals(a, b, "call " + k);
      assertTrue(!a.dispatches().isEmpty(), "call " + k + ": the instance dispatches something");
    }
  }

  @Test
  void eachUnit_isSentOnce_andOnlyToItsOwnKind_withinTheWindow() {
    RandomStream instances = stream(5, "instances");
    JspritDispatcher d = new JspritDispatcher(stream(5, "agent/dispatch"));
    for (int k = 0; k < 20; k++) {
      DispatchProblem p = Problems.random(instances, 6, 6, 7200);
      Assignment a = d.assign(p);
      Set<String> used = new HashSet<>();
      for (Dispatch x : a.dispatches()) {
        assertTrue(used.add(x.unitId()), "instance " + k + ": " + x.unitId() + " sent twice");
        DispatchProblem.Unit u = p.units().stream()
            .filter(v -> v.id().equals(x.unitId())).findFirst().orElseThrow();
        Incident inc = incident(p, x.incidentId());
        assertEquals(u.kind(), x.kind(), "instance " + k);
        assertTrue(inc.requiredKinds().contains(x.kind()), "instance " + k);
        assertTrue(x.arrival() <= inc.latest(), "instance " + k + ": late");
      }
      int needs = p.incidents().stream().mapToInt(i -> i.requiredKinds().size()).sum();
      assertEquals(needs, a.dispatches().size() + a.unserved().size(), "instance " + k);
    }
  }

  /**
   * On small random instances (6 units, 4 incidents, up to 8 needs), jsprit's answer is as good
   * as the exhaustive optimum of the same objective: unserved needs weighted by priority first,
   * then the weighted response time.
   */
  @Test
  void smallInstances_matchTheExhaustiveOptimum() {
    RandomStream instances = stream(3, "instances");
    JspritDispatcher d = new JspritDispatcher(stream(3, "agent/dispatch"));
    int greedyWorse = 0;
    for (int k = 0; k < 30; k++) {
      DispatchProblem p = Problems.random(instances, 6, 4, 7200);
      List<Needs.Need> needs = Needs.of(p);
      double best = bruteForce(p, needs, 0, new int[needs.size()], new boolean[p.units().size()]);
      double got = objective(p, d.assign(p));
      assertEquals(best, got, 1e-6 * best, "instance " + k + " (instances seed 3)");
      if (objective(p, new NearestUnitDispatcher().assign(p)) > best + 1e-6) {
        greedyWorse++;
      }
    }
    assertTrue(greedyWorse > 0, "some instance should separate the two dispatchers");
  }

  private static double bruteForce(DispatchProblem p, List<Needs.Need> needs, int n, int[] pick,
      boolean[] used) {
    if (n == needs.size()) {
      return objective(p, Needs.assignment(p, needs, pick));
    }
    pick[n] = -1;
    double best = bruteForce(p, needs, n + 1, pick, used);
    for (int u : needs.get(n).candidates()) {
      if (!used[u]) {
        used[u] = true;
        pick[n] = u;
        best = Math.min(best, bruteForce(p, needs, n + 1, pick, used));
        used[u] = false;
      }
    }
    pick[n] = -1;
    return best;
  }

  /** The dispatcher's objective, with its penalty for unserved needs. */
  private static double objective(DispatchProblem p, Assignment a) {
    double m = 1;
    for (Needs.Need need : Needs.of(p)) {
      for (int u : need.candidates()) {
        m = Math.max(m, 1 + need.incident().responseWeight()
            * (p.arrival(p.units().get(u), need.incident()) - p.now()));
      }
    }
    double cost = a.weightedResponseTime(p);
    for (Assignment.Unserved x : a.unserved()) {
      cost += JspritDispatcher.unservedPenalty(incident(p, x.incidentId()).priority(), m);
    }
    return cost;
  }

  private static Incident incident(DispatchProblem p, String id) {
    return p.incidents().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }
}
