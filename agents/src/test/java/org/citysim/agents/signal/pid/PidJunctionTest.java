package org.citysim.agents.signal.pid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citysim.agents.signal.FakeContext;
import org.citysim.agents.signal.FakeControl;
import org.citysim.agents.signal.FakeFeed;
import org.citysim.sim.forecast.SensorDataset.Feature;
import org.citysim.sim.sensor.SensorKind;
import org.citysim.sim.sensor.SensorReading;
import org.junit.jupiter.api.Test;

class PidJunctionTest {
  private final FakeContext context = new FakeContext();
  private final FakeControl junction = FakeControl.simple("J", context::now, 26, 26);

  private void start(PidConfig.Variable variable, double kp, double ki) {
    context.with(junction);
    new PidProvider().create(new PidConfig(List.of("J"), SensorKind.LOOP, variable, 0.3, kp, ki,
        0, 7, 90, 0, 40, 150, 5, "", 0), context).start();
  }

  private double[] lastGreens() {
    List<FakeControl.Call> plans = junction.calls("plan");
    return plans.get(plans.size() - 1).greens();
  }

  @Test
  void startsOnTheBaseCycleAndDecidesOncePerCycle() {
    start(PidConfig.Variable.QUEUE_IMBALANCE, 4, 0.05);
    assertArrayEquals(new double[] {26, 26}, lastGreens(), 1e-9);
    context.runUntil(600);
    // Cycle 60 s: decisions in the middle of stage 1 (at 30 + 13 = 43 s, then every 60 s).
    assertEquals(1 + 10, junction.calls("plan").size());
    assertEquals(43, junction.calls("plan").get(1).time(), 1e-9);
    assertEquals(103, junction.calls("plan").get(2).time(), 1e-9);
  }

  @Test
  void theStageWithTheLongerQueue_getsMoreGreenOnAFixedCycle() {
    context.sensor("a0").queue(12);
    context.sensor("a1").queue(4);
    start(PidConfig.Variable.QUEUE_IMBALANCE, 4, 0.05);
    context.runUntil(43);
    // e0 = (12 - 8) / 8 = 0.5: u = 26 + 4 * 0.5 + 0.05 * 43 * 0.5.
    double g0 = 26 + 2 + 0.05 * 43 * 0.5;
    assertArrayEquals(new double[] {g0, 52 - g0}, lastGreens(), 1e-9);
    assertEquals(0.5, context.series("J/error").get(0)[1], 1e-12);
    context.runUntil(3600);
    double[] g = lastGreens();
    assertEquals(52, g[0] + g[1], 1e-9, "the cycle stays");
    assertEquals(45, g[0], 1e-9, "a lasting imbalance drives the split to its bound");
    assertEquals(7, g[1], 1e-9);
  }

  @Test
  void aDropout_holdsThePlanAndThePidState() {
    context.sensor("a0").queue(12);
    context.sensor("a1").queue(4);
    start(PidConfig.Variable.QUEUE_IMBALANCE, 4, 0.05);
    context.runUntil(110); // decisions at 43 and about 104.5 (middle of the new stage 1)
    assertEquals(3, junction.calls("plan").size());
    double[] before = lastGreens();
    double lastUpdate = junction.calls("plan").get(2).time();
    context.schedule(130, () -> context.sensor("a1").droppedOut = true);
    context.schedule(140, () -> context.sensor("a1").droppedOut = false);
    context.runUntil(lastUpdate + 60 + 1);
    assertEquals(3, junction.calls("plan").size(), "no new plan for the cycle with the gap");
    assertEquals("hold", context.events.get(0).kind());
    context.runUntil(lastUpdate + 120 + 1);
    assertEquals(4, junction.calls("plan").size(), "back once the readings are");
    // The held cycle left no trace: the step from 'before' is the one without any dropout,
    // over the two cycles since the last update, with the same error 0.5 (P term 0).
    double dt = junction.calls("plan").get(3).time() - lastUpdate;
    assertEquals(120, dt, 1.0);
    assertEquals(before[0] + 0.05 * dt * 0.5, lastGreens()[0], 1e-9);
  }

  @Test
  void occupancyAboveTheSetPoint_lengthensThatStagesGreenAndTheCycle() {
    context.every(60, 60, () -> {
      double t = context.now();
      context.sensor("a0").last = new SensorReading(t - 60, t, 10, 0.6, 8, true);
      context.sensor("a1").last = new SensorReading(t - 60, t, 10, 0.3, 8, true);
    });
    start(PidConfig.Variable.OCCUPANCY, 10, 0.02);
    context.runUntil(1200);
    double[] g = lastGreens();
    assertTrue(g[0] > 26 + 5, "stage 0 over its set-point got more green: " + g[0]);
    assertEquals(26, g[1], 1e-9, "stage 1 at its set-point keeps its green");
    assertTrue(context.series("J/cycle").get(context.series("J/cycle").size() - 1)[1] > 60);
  }

  @Test
  void aSingleStageJunction_keepsItsBasePlan() {
    FakeControl single = FakeControl.simple("S", context::now, 40);
    context.with(single);
    new PidProvider().create(new PidConfig(List.of("S"), SensorKind.LOOP,
        PidConfig.Variable.QUEUE_IMBALANCE, 0.3, 4, 0.05, 0, 7, 90, 0, 40, 150, 5, "", 0), context)
        .start();
    context.runUntil(600);
    assertTrue(single.calls("plan").isEmpty());
    assertEquals("not-controlled", context.events.get(0).kind());
  }

  @Test
  void aCycleTooShortForTheMinimumGreens_isSaidAndLengthened() {
    FakeControl four = FakeControl.simple("F", context::now, 10, 10, 10, 10);
    context.with(four);
    new PidProvider().create(new PidConfig(List.of("F"), SensorKind.LOOP,
        PidConfig.Variable.QUEUE_IMBALANCE, 0.3, 4, 0.05, 0, 12, 90, 50, 40, 150, 5, "", 0), context)
        .start();
    assertEquals("bounds", context.events.get(0).kind());
    assertArrayEquals(new double[] {12, 12, 12, 12}, four.calls("plan").get(0).greens(), 1e-9);
  }

  @Test
  void feedForward_splitsTheGreenByPredictedFlowRatios() {
    // Balanced queues: the PID alone keeps 26/26. Predicted 900 and 300 veh/h on equal
    // approaches: the feed-forward split is 3:1 of the 52 s of green, mixed half and half.
    context.sensor("a0").queue(4);
    context.sensor("a1").queue(4);
    FakeFeed feed = new FakeFeed(13.9, "a0", "a1")
        .setAll("a0", Feature.FLOW, 900).setAll("a1", Feature.FLOW, 300);
    context.feeds.put("f.zip", feed);
    context.with(junction);
    new PidProvider().create(new PidConfig(List.of("J"), SensorKind.LOOP,
        PidConfig.Variable.QUEUE_IMBALANCE, 0.3, 4, 0.05, 0, 7, 90, 0, 40, 150, 5, "f.zip", 0.5),
        context).start();
    context.runUntil(43);
    assertArrayEquals(new double[] {26, 26}, lastGreens(), 1e-9, "no forecast yet: PID only");
    feed.issue(60);
    context.runUntil(103);
    assertArrayEquals(new double[] {0.5 * 26 + 0.5 * 39, 0.5 * 26 + 0.5 * 13}, lastGreens(),
        1e-9);
    assertEquals(0.75, context.series("J/ff-split").get(0)[1], 1e-12);
  }

  @Test
  void feedForward_refusesAJunctionWhoseApproachesTheModelDoesNotWatch() {
    context.feeds.put("f.zip", new FakeFeed(13.9, "a0"));
    context.with(junction);
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new PidProvider().create(new PidConfig(
            List.of("J"), SensorKind.LOOP, PidConfig.Variable.QUEUE_IMBALANCE, 0.3, 4, 0.05, 0,
            7, 90, 0, 40, 150, 5, "f.zip", 0.5), context));
    assertTrue(e.getMessage().contains("[a1]"), e.getMessage());
  }
}
