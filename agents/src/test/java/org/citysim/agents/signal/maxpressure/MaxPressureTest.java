package org.citysim.agents.signal.maxpressure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.citysim.agents.signal.FakeContext;
import org.citysim.agents.signal.FakeControl;
import org.citysim.agents.signal.JunctionSensors;
import org.citysim.sim.sensor.SensorKind;
import org.citysim.sim.signal.Approach;
import org.citysim.sim.signal.Stage;
import org.citysim.sim.signal.Turn;
import org.junit.jupiter.api.Test;

class MaxPressureTest {
  private final FakeContext context = new FakeContext();

  /**
   * Stage 0: n straight to s-out and n left to w-out (movements 0, 1); stage 1: e straight to
   * w-out (movement 2, saturation flow 3600: two lanes).
   */
  private FakeControl junction() {
    List<Stage> stages = List.of(new Stage(0, new int[] {0, 1}, 30, 4),
        new Stage(1, new int[] {2}, 30, 4));
    List<Approach> approaches = List.of(new Approach(0, "n", 1, 1800, new int[] {0}),
        new Approach(1, "e", 2, 3600, new int[] {1}));
    List<Turn> turns = List.of(new Turn(0, "n", "s-out"), new Turn(1, "n", "w-out"),
        new Turn(2, "e", "w-out"));
    FakeControl c = new FakeControl("J", stages, approaches, turns, 5, context::now);
    context.with(c);
    return c;
  }

  private Pressures pressures(boolean downstream) {
    return new Pressures(JunctionSensors.of(junction(), context, SensorKind.LOOP), context,
        downstream);
  }

  @Test
  void pressure_isSaturationFlowTimesUpstreamQueueLessDownstreamVehicles() {
    Pressures p = pressures(true);
    context.sensor("n").queue(10);
    context.sensor("e").queue(4);
    context.sensor("s-out").queue(2);
    context.sensor("w-out").queue(6);
    // Stage 0: 900 (10 - 2) + 900 (10 - 6) = 10800; stage 1: 3600 (4 - 6) = -7200.
    assertArrayEquals(new double[] {10800, -7200}, p.now(), 1e-9);
    Pressures upstreamOnly = new Pressures(JunctionSensors.of(
        context.control("J"), context, SensorKind.LOOP), context, false);
    assertArrayEquals(new double[] {18000, 14400}, upstreamOnly.now(), 1e-9);
  }

  @Test
  void aDroppedOutSensor_keepsItsLastValidReading() {
    Pressures p = pressures(false);
    context.sensor("n").queue(10);
    context.sensor("e").queue(4);
    double[] before = p.now();
    context.sensor("n").droppedOut = true;
    context.sensor("e").queue(5);
    double[] after = p.now();
    assertEquals(before[0], after[0], 0.0);
    assertEquals(18000, after[1], 1e-9);
  }

  @Test
  void choose_takesTheHighestPressureAndHoldsOnTies() {
    assertEquals(2, MaxPressureJunction.choose(new double[] {5, 1, 9}, 0, false));
    assertEquals(0, MaxPressureJunction.choose(new double[] {9, 1, 9}, 0, false), "tie: hold");
    assertEquals(1, MaxPressureJunction.choose(new double[] {9, 3, 2}, 0, true),
        "max green: best other stage");
    assertEquals(0, MaxPressureJunction.choose(new double[] {9, 0, -2}, 0, true),
        "max green, nobody else has pressure: hold");
  }

  @Test
  void controller_switchesToTheStageWithTheHighestPressureAfterMinimumGreen() {
    FakeControl c = junction();
    context.sensor("n").queue(2);
    context.sensor("e").queue(8);
    new MaxPressureProvider().create(new MaxPressureConfig(List.of("J"), SensorKind.LOOP, 7,
        90, 5, true), context).start();
    context.runUntil(6.9);
    assertEquals(1, c.calls("switch").size(), "only the initial hold before min green");
    context.runUntil(7);
    assertEquals(1, c.calls("switch").get(1).stage());
    assertEquals(7.0, c.calls("switch").get(1).time(), 1e-9);
  }

  @Test
  void controller_holdsWhileTheCurrentStageIsBest_thenReconsidersEveryInterval() {
    FakeControl c = junction();
    context.sensor("n").queue(10);
    context.sensor("e").queue(1);
    new MaxPressureProvider().create(new MaxPressureConfig(List.of("J"), SensorKind.LOOP, 7,
        90, 5, true), context).start();
    context.runUntil(30);
    assertEquals(1, c.calls("switch").size());
    context.sensor("n").queue(0);
    context.sensor("e").queue(6);
    context.runUntil(37);
    assertEquals(1, c.calls("switch").get(1).stage());
    assertEquals(32.0, c.calls("switch").get(1).time(), 1e-9, "decisions at 7, 12, ..., 32");
  }

  @Test
  void downstreamCongestion_keepsAStageRedDespiteItsQueue() {
    FakeControl c = junction();
    context.sensor("n").queue(3);
    context.sensor("e").queue(8);
    context.sensor("w-out").queue(20); // e's only exit is full
    new MaxPressureProvider().create(new MaxPressureConfig(List.of("J"), SensorKind.LOOP, 7,
        90, 5, true), context).start();
    context.runUntil(60);
    assertEquals(1, c.calls("switch").size(), "pressure of stage 1 is negative: no switch");
  }
}
