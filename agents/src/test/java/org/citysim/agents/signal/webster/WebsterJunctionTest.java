package org.citysim.agents.signal.webster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citysim.agents.signal.FakeContext;
import org.citysim.agents.signal.FakeControl;
import org.citysim.sim.sensor.SensorKind;
import org.citysim.sim.sensor.SensorReading;
import org.citysim.sim.signal.Approach;
import org.citysim.sim.signal.Stage;
import org.citysim.sim.signal.Turn;
import org.junit.jupiter.api.Test;

class WebsterJunctionTest {
  private final FakeContext context = new FakeContext();

  /** Stage 0 serves a0 and a2, stage 1 serves a1 and a3; 4 s intergreens (L = 8 s). */
  private FakeControl junction() {
    List<Stage> stages = List.of(new Stage(0, new int[] {0, 2}, 30, 4),
        new Stage(1, new int[] {1, 3}, 30, 4));
    List<Approach> approaches = List.of(new Approach(0, "a0", 1, 1800, new int[] {0}),
        new Approach(1, "a1", 1, 1800, new int[] {1}),
        new Approach(2, "a2", 1, 1800, new int[] {0}),
        new Approach(3, "a3", 1, 1800, new int[] {1}));
    List<Turn> turns = List.of(new Turn(0, "a0", "x"), new Turn(1, "a1", "x"),
        new Turn(2, "a2", "x"), new Turn(3, "a3", "x"));
    FakeControl c = new FakeControl("J", stages, approaches, turns, 5, context::now);
    context.with(c);
    return c;
  }

  /** Every 60 s each approach reports the given count per minute; a0 drops out in [from, to). */
  private void countsPerMinute(double[] perMinute, double dropFrom, double dropTo) {
    context.every(60, 60, () -> {
      double t = context.now();
      for (int a = 0; a < perMinute.length; a++) {
        boolean valid = !(a == 0 && t > dropFrom && t <= dropTo);
        context.sensor("a" + a).last = new SensorReading(t - 60, t, perMinute[a], 0.2, 10,
            valid);
      }
    });
  }

  private WebsterConfig config() {
    return new WebsterConfig(List.of("J"), SensorKind.LOOP, 900, 7, 120, 40, 150, 0.95);
  }

  @Test
  void knownFlows_giveWebstersCycleAndSplits() {
    FakeControl c = junction();
    // Flows [veh/h]: a0 900, a1 360, a2 240, a3 120. Critical ratios y0 = 0.5, y1 = 0.2.
    countsPerMinute(new double[] {15, 6, 4, 2}, -1, -1);
    new WebsterProvider().create(config(), context).start();
    context.runUntil(899);
    assertTrue(c.calls("plan").isEmpty(), "nothing before the first period ends");
    context.runUntil(900);
    double c0 = (1.5 * 8 + 5) / (1 - 0.7);
    List<FakeControl.Call> plans = c.calls("plan");
    assertEquals(1, plans.size());
    assertArrayEquals(new double[] {0.5 / 0.7 * (c0 - 8), 0.2 / 0.7 * (c0 - 8)},
        plans.get(0).greens(), 1e-6);
    assertEquals(c0, context.series("J/cycle").get(0)[1], 1e-6);
    assertEquals(0.7, context.series("J/flow-ratio").get(0)[1], 1e-9);
    assertEquals("plan-change", context.events.get(0).kind());
    context.runUntil(1800);
    assertEquals(2, c.calls("plan").size(), "retimed every period");
  }

  @Test
  void shortAggregationIntervals_areAllTaken() {
    FakeControl c = junction();
    // 5 s intervals, all the traffic of each 15 s in one of them: polling every 15 s would
    // see the same third of them every time and get the flows wrong.
    context.every(5, 5, () -> {
      double t = context.now();
      double[] perFifteenSeconds = {15 / 4.0, 6 / 4.0, 4 / 4.0, 2 / 4.0};
      boolean busy = Math.round(t / 5) % 3 == 0;
      for (int a = 0; a < 4; a++) {
        context.sensor("a" + a).last = new SensorReading(t - 5, t,
            busy ? perFifteenSeconds[a] : 0, 0.2, 10, true);
      }
    });
    new WebsterProvider().create(config(), context).start();
    context.runUntil(900);
    // Taken: the intervals from 0 to 895 s, 59 of them busy: a0 flows 59 * 3.75 / 895 * 3600.
    double y0 = 59 * 3.75 / 895 * 3600 / 1800;
    double y1 = y0 * 6 / 15;
    double c0 = (1.5 * 8 + 5) / (1 - y0 - y1);
    assertArrayEquals(new double[] {y0 / (y0 + y1) * (c0 - 8), y1 / (y0 + y1) * (c0 - 8)},
        c.calls("plan").get(0).greens(), 1e-6);
  }

  @Test
  void lightFlows_runTheShortestCycle() {
    FakeControl c = junction();
    countsPerMinute(new double[] {5, 2, 1, 1}, -1, -1); // y0 = 1/6, y1 = 1/15
    new WebsterProvider().create(config(), context).start();
    context.runUntil(900);
    double[] g = c.calls("plan").get(0).greens();
    assertEquals(32, g[0] + g[1], 1e-6, "40 s cycle less 8 s lost");
    assertEquals(2.5, g[0] / g[1], 1e-6);
  }

  @Test
  void readingsMissingForMostOfThePeriod_holdThePlan() {
    FakeControl c = junction();
    countsPerMinute(new double[] {15, 6, 4, 2}, 300, 900); // a0 has 5 of 14 intervals
    new WebsterProvider().create(config(), context).start();
    context.runUntil(900);
    assertTrue(c.calls("plan").isEmpty(), "no retiming on half-blind counts");
    assertEquals("hold", context.events.get(0).kind());
    context.runUntil(1800);
    assertEquals(1, c.calls("plan").size(), "retimes again once the readings are back");
  }

  @Test
  void anApproachServedInTwoStages_countsFullyInEach() {
    List<Stage> stages = List.of(new Stage(0, new int[] {0}, 30, 4),
        new Stage(1, new int[] {1, 2}, 30, 4));
    List<Approach> approaches = List.of(new Approach(0, "a0", 1, 1800, new int[] {0, 1}),
        new Approach(1, "a1", 1, 1800, new int[] {1}));
    FakeControl c = new FakeControl("J", stages, approaches, List.of(), 5, context::now);
    context.with(c);
    countsPerMinute(new double[] {6, 12}, -1, -1); // a0 360 veh/h, a1 720 veh/h
    new WebsterProvider().create(config(), context).start();
    context.runUntil(900);
    // y0 = 360 / 1800 = 0.2; y1 = max(0.2, 0.4) = 0.4; C0 = 17 / 0.4 = 42.5 s.
    double[] g = c.calls("plan").get(0).greens();
    assertArrayEquals(new double[] {34.5 / 3, 2 * 34.5 / 3}, g, 1e-6);
  }

  @Test
  void aSingleStageJunction_keepsItsBasePlan() {
    FakeControl c = FakeControl.simple("J", context::now, 40);
    context.with(c);
    countsPerMinute(new double[] {6}, -1, -1);
    new WebsterProvider().create(config(), context).start();
    context.runUntil(1800);
    assertTrue(c.calls("plan").isEmpty());
    assertEquals("not-controlled", context.events.get(0).kind());
  }

  @Test
  void minimumGreensBeyondTheLongestCycle_areSaidOnceAndWin() {
    FakeControl c = FakeControl.simple("J", context::now, 20, 20, 20, 20, 20);
    context.with(c);
    countsPerMinute(new double[] {6, 6, 6, 6, 6}, -1, -1);
    new WebsterProvider().create(new WebsterConfig(List.of("J"), SensorKind.LOOP, 900, 10, 120,
        40, 50, 0.95), context).start();
    assertEquals("bounds", context.events.get(0).kind());
    context.runUntil(900);
    assertArrayEquals(new double[] {10, 10, 10, 10, 10}, c.calls("plan").get(0).greens(), 1e-9);
  }
}
