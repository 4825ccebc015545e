package org.citysim.sim.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.kernel.Priorities;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.network.RoadNetworkBuilder;
import org.citysim.sim.random.RandomStreams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Junction control under requests that arrive at awkward times (during a clearance, after a
 * stage has shown longer than a new plan's green, at random), on a tee junction: stage 0 serves
 * ab for 30 s, stage 1 serves db for 20 s, 5 s intergreens.
 */
class JunctionControlRequestsTest {
  private RoadNetwork net;
  private Kernel kernel;
  private SignalState state;
  private SignalTimings timings;
  private JunctionControl control;
  private int ab;
  private int db;

  /** Junction b: stage 0 serves ab for 30 s, stage 1 serves db for 20 s, 5 s intergreens. */
  @BeforeEach
  void setUp() throws Exception {
    net = new RoadNetworkBuilder()
        .addNode("a", 0, 0).addNode("b", 100, 0).addNode("c", 200, 0).addNode("d", 100, 100)
        .addLink("ab", "a", "b", 100, 1, 10, 1800).addLink("bc", "b", "c", 100, 1, 10, 1800)
        .addLink("db", "d", "b", 100, 1, 10, 1800).build();
    ab = net.movementIndex(net.linkIndex("ab"), net.linkIndex("bc"));
    db = net.movementIndex(net.linkIndex("db"), net.linkIndex("bc"));
    int b = net.nodeIndex("b");
    SignalTimings t = timings = SignalTimings.of(net, List.of(new SignalPlan(b, 0, List.of(
        new SignalPlan.Phase(30, new int[] {ab}), new SignalPlan.Phase(5, new int[0]),
        new SignalPlan.Phase(20, new int[] {db}), new SignalPlan.Phase(5, new int[0])))));
    kernel = new Kernel(0, 600, new RandomStreams(1, 0));
    state = new SignalState(net, t);
    control = new JunctionControl(kernel, net, state, b, 5);
  }

  private void at(double t, Runnable r) {
    kernel.schedule(t, Priorities.CONTROL, r);
  }

  /** Which of ab, db is green at each whole second in [from, to), as "a", "d", "-" or "ad". */
  private List<String> greens(double from, double to) {
    List<String> out = new ArrayList<>();
    for (double t = from; t < to; t++) {
      double time = t;
      kernel.schedule(t, Priorities.MEASURE, () -> out.add(
          (state.isGreen(ab, time) ? "a" : "") + (state.isGreen(db, time) ? "d" : "")));
    }
    return out;
  }

  private static void assertNoDirectSwitch(List<String> seen, double intergreen, String what) {
    // Between an "a" second and a "d" second (either order) at least intergreen seconds of "-".
    String last = null;
    int red = 0;
    for (String s : seen) {
      if (s.isEmpty()) {
        red++;
        continue;
      }
      assertFalse(s.equals("ad"), what + ": both green at once in " + seen);
      if (last != null && !last.equals(s)) {
        assertTrue(red >= intergreen, what + ": only " + red + " s of intergreen in " + seen);
      }
      last = s;
      red = 0;
    }
  }

  @Test
  void turns_listTheMovementsWithTheirLinks() {
    assertEquals(List.of(new Turn(ab, "ab", "bc"), new Turn(db, "db", "bc")), control.turns());
  }

  @Test
  void switchTo_runsMinimumGreenThenClearanceThenTheStage() {
    double[] start = new double[1];
    at(2, () -> start[0] = control.switchTo(1));
    List<String> seen = greens(0, 20);
    kernel.run();
    assertEquals(10.0, start[0], 1e-9, "stage 0 began at 0: min green to 5, clearance to 10");
    assertEquals("a", seen.get(4));
    assertEquals("", seen.get(5));
    assertEquals("", seen.get(9));
    assertEquals("d", seen.get(10));
    assertEquals("d", seen.get(19), "held until the next request");
  }

  @Test
  void aRequestDuringAClearance_decidesWhatFollowsIt() {
    at(10, () -> control.switchTo(1)); // clearance 10..15
    at(12, () -> control.switchTo(0));
    List<String> seen = greens(0, 40);
    int[] stageAt20 = new int[1];
    kernel.schedule(20, Priorities.MEASURE, () -> stageAt20[0] = control.currentStage());
    kernel.run();
    assertEquals("", seen.get(14), "the clearance runs to its end");
    assertEquals("a", seen.get(15), "then the latest request's stage shows");
    assertEquals(0, stageAt20[0]);
    assertNoDirectSwitch(seen, 5, "switch back during clearance");
  }

  @Test
  void runPlanDuringAClearance_startsThePlanAfterIt() {
    at(40, () -> control.switchTo(1)); // stage 1 of the base plan shows at 40 (since 35)
    at(41, () -> control.switchTo(0)); // min green to 40, clearance 41..46
    at(43, () -> control.runPlan(new double[] {10, 10}));
    List<String> seen = greens(40, 100);
    kernel.run();
    assertEquals("", seen.get(45 - 40));
    assertEquals("a", seen.get(46 - 40), "stage 0 of the new plan after the clearance");
    assertEquals("", seen.get(56 - 40), "10 s of green, then its clearance");
    assertEquals("d", seen.get(61 - 40));
    assertNoDirectSwitch(seen, 5, "plan after clearance");
  }

  @Test
  void runPlanWithAGreenShorterThanShownSoFar_endsTheStageNowAndKeepsTheIntergreen() {
    double[] start = new double[1];
    at(25, () -> start[0] = control.runPlan(new double[] {10, 20}));
    List<String> seen = greens(0, 60);
    kernel.run();
    assertEquals(0.0, start[0], 1e-9, "stage 0 is showing: the plan counts it from its start");
    assertEquals("a", seen.get(24));
    assertNoDirectSwitch(seen, 5, "shortened stage 0");
    assertEquals("d", seen.get(30), "stage 0 ended at 25, intergreen to 30");
  }

  @Test
  void aCycleThatDoesNotAddUpExactly_isRetimedAtItsEnd() {
    // 30.000000000000007 + 5 + 20 + 5 sums to 60.00000000000001. A plan started at 26100 s
    // (7:15) and retimed 15 cycles later, at 27000 s: the remainder puts that time a hair
    // before the end of the 15th cycle, and at this magnitude the next cycle start rounds to
    // 27000 itself (what Webster's 900 s period on grid-town ran into).
    kernel = new Kernel(26_000, 27_100, new RandomStreams(1, 0));
    state = new SignalState(net, timings);
    control = new JunctionControl(kernel, net, state, net.nodeIndex("b"), 5);
    double[] g = {30.000000000000007, 20};
    double[] start = new double[2];
    at(26_100, () -> start[0] = control.runPlan(g));
    at(27_000, () -> start[1] = control.runPlan(new double[] {25, 25}));
    List<String> seen = greens(26_995, 27_060);
    kernel.run();
    assertEquals(26_100, start[0], 1e-9);
    assertEquals(27_000, start[1], 1e-6, "the new plan starts with the cycle that starts now");
    assertEquals("a", seen.get(5), "stage 0 at 27000");
    assertEquals("", seen.get(30), "25 s of green, then the clearance");
  }

  @Test
  void randomRequests_neverCutAMinimumGreenOrAnIntergreen() throws Exception {
    for (long seed = 1; seed <= 40; seed++) {
      setUp();
      java.util.Random rnd = new java.util.Random(seed);
      for (double t = 1; t < 500; t += 0.5 + rnd.nextInt(20) * 0.5) {
        boolean plan = rnd.nextInt(3) == 0;
        int stage = rnd.nextInt(2);
        double g0 = rnd.nextInt(40);
        double g1 = rnd.nextInt(40);
        at(t, () -> {
          if (plan) {
            control.runPlan(new double[] {g0, g1});
          } else {
            control.switchTo(stage);
          }
        });
      }
      List<String> seen = greens(0, 600);
      kernel.run();
      assertNoDirectSwitch(seen, 5, "seed " + seed);
      // Every green but the last lasts at least the minimum green (5 samples at 1 s), and all
      // red never lasts longer than one intergreen (the junction never gets stuck).
      int run = 0;
      String cur = null;
      for (String s : seen) {
        if (s.equals(cur)) {
          run++;
          continue;
        }
        if (cur != null && !cur.isEmpty()) {
          assertTrue(run >= 5, "seed " + seed + ": a green of " + run + " s in " + seen);
        }
        if (cur != null && cur.isEmpty()) {
          assertTrue(run <= 5, "seed " + seed + ": all red for " + run + " s in " + seen);
        }
        cur = s;
        run = 1;
      }
    }
  }
}
