package org.citysim.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citysim.sim.network.RoadNetworkBuilder;
import org.citysim.sim.signal.SignalState;
import org.citysim.sim.signal.SignalTimings;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.random.RandomStreams;
import org.junit.jupiter.api.Test;

class JunctionCollectorTest {
  /**
   * Ten vehicles depart every 6 s and reach the stop line at 10, 16, ..., 64 s; the signal is
   * red from 10 to 40 s and green from 40 to 70 s; the approach discharges one vehicle per 2 s.
   * By hand: the five that arrive in red leave at 40, 42, 44, 46, 48; the one arriving at 40
   * finds four ahead and leaves at 50, then 52 (arrived 46), 54 (52), 58 and 64 without
   * waiting. Delays: 30, 26, 22, 18, 14, 10, 6, 2, 0, 0 s, sum 128 s, mean 12.8 s/veh.
   */
  private static SignalisedApproach tenVehicles(double sampleInterval, double stopDelay)
      throws Exception {
    SignalisedApproach a = new SignalisedApproach(1800, 1, 30, 30, 10);
    // One more vehicle ends its trip on the approach at 210 s: an arrival, not a passage.
    a.run(SignalisedApproach.every(6, 60), new double[] {200}, 600, sampleInterval, stopDelay);
    return a;
  }

  @Test
  void controlDelay_matchesTheHandComputationOfARedAndAGreen() throws Exception {
    JunctionOutputs out = tenVehicles(60, 5).junctions.outputs();
    assertEquals(1, out.junctions().size(), "only n1 is signalised");
    JunctionStats n1 = out.junctions().get(0);
    assertEquals("n1", n1.junction());
    assertEquals(1, n1.approaches());
    assertEquals(10, n1.vehicles(), "the vehicle ending its trip on the approach is left out");
    assertEquals(12.8, n1.controlDelayMean(), 1e-9);
    assertEquals(128.0, n1.controlDelayTotal(), 1e-9);
    assertEquals(LevelOfService.B, n1.los());
    assertEquals(10 / (600 / 3600.0), n1.throughput(), 1e-9, "veh/h over the 10-minute run");
    assertEquals(12.8, out.controlDelayMean(), 1e-9);
  }

  @Test
  void stops_countVehiclesWhoseDelayExceedsTheThreshold() throws Exception {
    // Delays 30, 26, 22, 18, 14, 10, 6, 2, 0, 0.
    assertEquals(7, tenVehicles(60, 5).junctions.outputs().stops());
    assertEquals(5, tenVehicles(60, 10).junctions.outputs().stops(), "10 s is not above 10 s");
    assertEquals(8, tenVehicles(60, 0).junctions.outputs().stops());
    JunctionStats n1 = tenVehicles(60, 5).junctions.outputs().junctions().get(0);
    assertEquals(0.7, n1.stopRate(), 1e-12);
  }

  @Test
  void queue_isSampledEveryIntervalAfterTheTrafficOfThatInstant() throws Exception {
    JunctionOutputs out = tenVehicles(10, 5).junctions.outputs();
    TimeSeries q = out.queues().get(0);
    assertEquals("n1", q.name());
    assertEquals(61, q.times().length, "0, 10, ..., 600 s");
    assertEquals(600.0, q.times()[60]);
    // At 10 s the first vehicle stands at the red light; at 40 s the first has just left
    // while the one arriving then joins the queue; at 50 s only the one that arrived at 46 s
    // still waits (the one leaving at 50 s has gone before the sample).
    double[] head = java.util.Arrays.copyOf(q.values(), 8);
    assertArrayEquals(new double[] {0, 1, 2, 4, 5, 1, 0, 0}, head);
  }

  @Test
  void queueMaxAndMean_areExactWhateverTheSampling() throws Exception {
    for (double interval : new double[] {10, 60}) {
      JunctionOutputs out = tenVehicles(interval, 5).junctions.outputs();
      JunctionStats n1 = out.junctions().get(0);
      // Five wait through the red (arrived 10 ... 34); the one arriving at 40 replaces the
      // one leaving then, so the queue never exceeds 5.
      assertEquals(5, n1.queueMax(), "interval " + interval);
      // Little's law: the queue integrated over time is the delay on the approach, 128 veh s.
      assertEquals(128.0 / 600, n1.queueMean(), 1e-12, "interval " + interval);
      assertEquals(5, out.queueMax());
    }
    // Sampled once a minute, the queue is never seen: every sample falls outside the red.
    double[] sampled = tenVehicles(60, 5).junctions.outputs().queues().get(0).values();
    assertEquals(0, java.util.Arrays.stream(sampled).max().orElseThrow());
  }

  @Test
  void controlDelay_agreesWithWebstersUniformDelayForRegularArrivals() throws Exception {
    // Cycle 120 s with 60 s green (lambda 0.5); saturation flow 3600 veh/h (two lanes); a
    // vehicle every 3 s (q = 1200 veh/h), so x = q / (lambda s) = 2/3. Webster's uniform term
    // d1 = C (1 - lambda)^2 / (2 (1 - lambda x)) = 22.5 s. Deterministic arrivals have no
    // random-delay term. The discrete queue gives, per cycle, 31 vehicles delayed 60 - 2k s
    // (k = 0..30) out of 40: 930 / 40 = 23.25 s, the fluid value plus the discreteness of
    // whole vehicles; Webster is the fluid limit.
    SignalisedApproach a = new SignalisedApproach(3600, 2, 60, 60, 10);
    a.run(SignalisedApproach.every(3, 3600), new double[0], 3600 + 600, 60, 5);
    JunctionStats j = a.junctions.outputs().junctions().get(0);
    assertEquals(1200, j.vehicles());
    double webster = 120 * 0.25 / (2 * (1 - 0.5 * (2.0 / 3)));
    assertEquals(22.5, webster, 1e-12);
    assertEquals(23.25, j.controlDelayMean(), 1e-9, "hand computation per cycle");
    assertEquals(webster, j.controlDelayMean(), 0.05 * webster, "within 5 % of Webster");
    assertEquals(LevelOfService.C, j.los());
    // Per cycle the queue builds to 20 at the end of the red (one arrival every 3 s for 60 s)
    // and its integral is the delay: 930 veh s per 120 s cycle.
    assertEquals(20, j.queueMax());
    assertEquals(1200 * 23.25 / 4200, j.queueMean(), 1e-9);
  }

  @Test
  void networkDelay_isTheControlDelayWhenTheSignalIsTheOnlyHoldUp() throws Exception {
    SignalisedApproach a = tenVehicles(60, 5);
    NetworkDelay d = a.delay.result(600);
    assertEquals(11, d.vehicles());
    assertEquals(128.0, d.total(), 1e-9, "the short trip and l1 add no delay");
    assertEquals(128.0 / 11, d.mean(), 1e-12);
    assertEquals(128.0 / 3600, d.vehicleHours(), 1e-12);
  }

  @Test
  void networkDelay_countsVehiclesStillQueuedOrWaitingToEnterAtTheEnd() throws Exception {
    // Stop at 35 s, in the red: the vehicles at the stop line have waited 25, 19, 13 and 7 s
    // (arrived at 10, 16, 22, 28); the one arriving at 34 has 1 s; four more are on l0 within
    // their free-flow time (no delay yet) and none waits to enter.
    SignalisedApproach a = new SignalisedApproach(1800, 1, 30, 30, 10);
    a.run(SignalisedApproach.every(6, 60), new double[0], 35, 60, 5);
    NetworkDelay d = a.delay.result(35);
    assertEquals(6, d.vehicles(), "departed at 0, 6, ..., 30");
    assertEquals(25 + 19 + 13 + 7 + 1, d.total(), 1e-9);
    assertEquals(0, a.junctions.outputs().junctions().get(0).vehicles(), "nobody crossed yet");
    assertTrue(Double.isNaN(a.junctions.outputs().controlDelayMean()));
    assertNull(a.junctions.outputs().junctions().get(0).los());
  }

  @Test
  void networkDelay_includesTheWaitToEnterAFullFirstLink() throws Exception {
    // l0 holds one vehicle and lets one out every 10 s (360 veh/h): three vehicles depart at 0.
    // v0 enters at 0 and leaves at 3; v1 enters at 3 (waited 3) and leaves at 13 (7 s beyond
    // its 3 s free flow); v2 enters at 13 (waited 13) and leaves at 23 (7 s).
    var net = new RoadNetworkBuilder()
        .addNode("a", 0, 0).addNode("b", 30, 0).addNode("c", 530, 0)
        .addLink("l0", "a", "b", 30, 1, 10, 360, 1)
        .addLink("l1", "b", "c", 500, 1, 10, 1800, 100)
        .build();
    var trips = new org.citysim.sim.demand.TripTable(List.of(
        new org.citysim.sim.demand.Trip("v0", 0, 2, 0),
        new org.citysim.sim.demand.Trip("v1", 0, 2, 0),
        new org.citysim.sim.demand.Trip("v2", 0, 2, 0)),
        new int[][] {{0, 1}, {0, 1}, {0, 1}}, new double[] {53, 53, 53});
    for (double[] endAndTotal : new double[][] {{200, 3 + 7 + 13 + 7}, {10, 3 + 4 + 10}}) {
      Kernel k = new Kernel(0, endAndTotal[0], new RandomStreams(1, 0));
      NetworkDelayCollector delay = new NetworkDelayCollector(k.bus(), net, 3);
      new org.citysim.sim.traffic.QueueTrafficModel(k, net, SignalTimings.none(net), trips,
          SignalisedApproach.NO_HOLES);
      k.run(1_000_000);
      // At 10 s: v0 is on l1 within free flow, v1 has waited 3 s to enter and 4 s on l0
      // beyond free flow, v2 still waits to enter (10 s).
      assertEquals(endAndTotal[1], delay.result(endAndTotal[0]).total(), 1e-9,
          "end " + endAndTotal[0]);
    }
  }

  @Test
  void unsignalisedNetwork_hasNoJunctionsAndSchedulesNoSampling() throws Exception {
    var net = new RoadNetworkBuilder()
        .addNode("a", 0, 0).addNode("b", 100, 0)
        .addLink("l0", "a", "b", 100, 1, 10, 1800, 10).build();
    Kernel k = new Kernel(0, 3600, new RandomStreams(1, 0));
    var model = new org.citysim.sim.traffic.QueueTrafficModel(k, net, SignalTimings.none(net),
        new org.citysim.sim.demand.TripTable(List.of(), new int[0][], new double[0]),
        SignalisedApproach.NO_HOLES);
    JunctionCollector c = new JunctionCollector(k, model, net,
        new SignalState(net, SignalTimings.none(net)), 60, 5);
    assertEquals(0, k.pending(), "no sampling events without junctions");
    assertTrue(c.outputs().isEmpty());
  }

  @Test
  void badArguments_areRefused() throws Exception {
    SignalisedApproach a = new SignalisedApproach(1800, 1, 30, 30, 0);
    Kernel k = new Kernel(0, 60, new RandomStreams(1, 0));
    SignalState s = new SignalState(a.net, SignalTimings.of(a.net, a.plans));
    assertThrows(IllegalArgumentException.class,
        () -> new JunctionCollector(k, null, a.net, s, 0, 5));
    assertThrows(IllegalArgumentException.class,
        () -> new JunctionCollector(k, null, a.net, s, 60, -1));
  }
}
