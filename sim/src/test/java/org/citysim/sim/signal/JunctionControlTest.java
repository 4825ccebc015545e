package org.citysim.sim.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.build.BuiltNetwork;
import org.citysim.sim.build.GridFactory;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.kernel.Priorities;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.random.RandomStreams;
import org.citysim.sim.scenario.GridSignals;
import org.citysim.sim.scenario.GridSpec;
import org.junit.jupiter.api.Test;

/**
 * Junction control on a generated 3x3 grid: 60 s cycle, 4 s intergreens, 26 s per stage, so the
 * base plan of a junction is stage 0 (north-south) 26 s, intergreen 4 s, stage 1 26 s,
 * intergreen 4 s.
 */
class JunctionControlTest {
  private final BuiltNetwork built = GridFactory.build(
      new GridSpec(3, 3, 200, 1, 13.9, 1800, new GridSignals(true, 60, 4, 0.5, 0)), 7.5);
  private final RoadNetwork net = built.network();
  private final Kernel kernel = new Kernel(0, 3600, new RandomStreams(1, 0));
  private final SignalState state = new SignalState(net, built.signals());
  private final int node = centre();
  private final List<double[]> changes = new ArrayList<>();

  JunctionControlTest() {
    state.listen((n, t) -> changes.add(new double[] {n, t}));
  }

  private int centre() {
    for (int n = 0; n < net.nodeCount(); n++) {
      if (net.inDegree(n) == 4) {
        return n;
      }
    }
    throw new AssertionError("no four-arm junction");
  }

  private JunctionControl control(double minGreen) {
    return new JunctionControl(kernel, net, state, node, minGreen);
  }

  /** Runs the kernel until {@code t}, then {@code action} at {@code t}. */
  private void at(double t, Runnable action) {
    kernel.schedule(t, Priorities.CONTROL, action);
  }

  private boolean stageGreen(JunctionControl c, int stage, double t) {
    for (int m : c.stages().get(stage).green()) {
      if (!state.isGreen(m, t)) {
        return false;
      }
    }
    return true;
  }

  @Test
  void stages_fromTheGridPlan() {
    JunctionControl c = control(5);
    assertEquals(2, c.stages().size());
    assertEquals(26, c.stages().get(0).baseGreen(), 1e-9);
    assertEquals(4, c.stages().get(0).intergreenAfter(), 1e-9);
    assertEquals(8, c.lostTime(), 1e-9);
    assertEquals(4, c.approaches().size());
  }

  @Test
  void switchTo_waitsForMinimumGreen_thenRunsTheClearance() {
    JunctionControl c = control(10);
    double[] startsAt = new double[1];
    // At t=3 stage 0 has shown 3 s: it may end at 10, then 4 s clearance, stage 1 at 14.
    at(3, () -> startsAt[0] = c.switchTo(1));
    int[] at9 = probe(c, 9.9);
    int[] at12 = probe(c, 12);
    int[] at14 = probe(c, 14);
    int[] at500 = probe(c, 500);
    kernel.run();
    assertEquals(14, startsAt[0], 1e-9);
    assertEquals(0, at9[0], "stage 0 keeps its minimum green");
    assertEquals(-1, at12[0], "clearance");
    assertEquals(1, at14[0]);
    assertEquals(1, at500[0], "stage 1 shown until told otherwise");
    for (int m : c.stages().get(0).green()) {
      assertEquals(Double.POSITIVE_INFINITY, state.nextGreen(m, 600), "held red, no planned end");
    }
  }

  /** The stage fully green at {@code t} during the run (-1: none), read by a probe event. */
  private int[] probe(JunctionControl c, double t) {
    int[] out = {-2};
    kernel.schedule(t, Priorities.MEASURE, () -> {
      out[0] = -1;
      for (int s = 0; s < c.stages().size(); s++) {
        if (stageGreen(c, s, t)) {
          out[0] = s;
        }
      }
    });
    return out;
  }

  @Test
  void runPlan_takesOverAtTheNextStageZero_withNewGreens() {
    JunctionControl c = control(5);
    double[] start = new double[1];
    at(40, () -> start[0] = c.runPlan(new double[] {40, 12}));
    int[] p50 = probe(c, 50);
    int[] p99 = probe(c, 99);
    int[] p101 = probe(c, 101);
    int[] p104 = probe(c, 104);
    int[] p116 = probe(c, 116.5);
    int[] p120 = probe(c, 120);
    kernel.run();
    assertEquals(60, start[0], 1e-9, "base plan's next stage 0 begins at 60");
    assertEquals(1, p50[0], "the base plan runs until then");
    assertEquals(0, p99[0]);
    assertEquals(-1, p101[0], "stage 0 ends after 40 s");
    assertEquals(1, p104[0]);
    assertEquals(-1, p116[0], "stage 1 ends after 12 s");
    assertEquals(0, p120[0], "the new cycle is 60 s");
  }

  @Test
  void runPlan_raisesGreensToTheMinimum() {
    JunctionControl c = control(8);
    at(0, () -> c.runPlan(new double[] {1, 1}));
    int[] a = probe(c, 7.9);
    int[] b = probe(c, 8.1);
    int[] d = probe(c, 12);
    int[] e = probe(c, 24);
    kernel.run();
    // Stage 0 showing at 0: new plan from its start, greens 8, cycle 8+4+8+4 = 24.
    assertEquals(0, a[0]);
    assertEquals(-1, b[0]);
    assertEquals(1, d[0]);
    assertEquals(0, e[0]);
  }

  @Test
  void newerRequest_replacesAPendingOne() {
    JunctionControl c = control(20);
    at(2, () -> c.switchTo(1));
    at(5, () -> c.switchTo(0)); // stage 0 is showing: stay on it, cancel the switch
    int[] p30 = probe(c, 30);
    int[] p2999 = probe(c, 2999);
    kernel.run();
    assertEquals(0, p30[0], "held on stage 0");
    assertEquals(0, p2999[0]);
  }

  @Test
  void changesAreAnnounced_andForeignMovementsRefused() {
    JunctionControl c = control(5);
    at(30, () -> c.switchTo(0));
    kernel.run();
    assertTrue(changes.stream().anyMatch(e -> e[0] == node), "listener told of the change");
    int other = (node + 1) % net.nodeCount();
    int foreign = -1;
    for (int m = 0; m < net.movementCount(); m++) {
      if (state.nodeOf(m) != node) {
        foreign = m;
        break;
      }
    }
    int f = foreign;
    assertThrows(IllegalArgumentException.class, () -> state.setGreen(node, new int[] {f}, 0));
    assertTrue(other >= 0);
  }
}
