package org.citysim.sim.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citysim.sim.kernel.EndReason;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.signal.SignalTimings;
import org.citysim.sim.scenario.TrafficSpec;
import org.citysim.sim.signal.SignalPlan;
import org.junit.jupiter.api.Test;

class QueueTrafficModelTest {
  private static final TrafficSpec NO_HOLES = new TrafficSpec(7.5, 0, 3600);
  private static final TrafficSpec HOLES = new TrafficSpec(7.5, 15 / 3.6, 3600);

  @Test
  void singleLink_dischargesAtItsCapacity() throws Exception {
    // 1800 veh/h = one exit every 2 s; 100 vehicles all waiting at t=0 on the second link.
    Corridor c = new Corridor(
        new double[] {100, 1, 10, 1800, 200},
        new double[] {500, 1, 10, 1800, 200});
    c.run(Corridor.allAt(0, 100), 3600, NO_HOLES, List.of(), 0);
    List<Double> ex = c.exitTimes;
    assertEquals(100, ex.size());
    assertEquals(10.0, ex.get(0), 1e-9, "first vehicle leaves after free-flow time");
    for (int i = 1; i < ex.size(); i++) {
      assertEquals(2.0, ex.get(i) - ex.get(i - 1), 1e-9, "headway at exit " + i);
    }
    double rate = (ex.size() - 1) / (ex.get(ex.size() - 1) - ex.get(0)) * 3600;
    assertEquals(1800, rate, 1e-6);
    assertEquals(100, c.arrivals.size());
  }

  @Test
  void freeFlow_travelTimeIsLengthOverSpeed() throws Exception {
    Corridor c = new Corridor(
        new double[] {300, 1, 15, 1800, 100},
        new double[] {150, 1, 10, 1800, 100});
    c.run(new double[] {5}, 3600, HOLES, List.of(), 1);
    assertEquals(List.of(5 + 20 + 15.0), c.arrivals);
  }

  @Test
  void spillback_fullDownstreamLinkBlocksUpstreamExit() throws Exception {
    // Link 1 is short (storage 5) and drains slowly (360 veh/h = 10 s headway); link 0 would
    // discharge at 1800 veh/h. Once link 1 is full, link 0 can only release a vehicle when one
    // leaves link 1, so its exits fall to link 1's rate.
    Corridor c = new Corridor(
        new double[] {1000, 1, 10, 1800, 200},
        new double[] {50, 1, 10, 360, 5},
        new double[] {1000, 1, 10, 3600, 200});
    c.run(Corridor.allAt(0, 40), 7200, NO_HOLES, List.of(), 0);
    List<Double> ex = c.exitTimes;
    assertEquals(40, ex.size());
    // The first few enter link 1 at link 0's own headway of 2 s ...
    assertEquals(2.0, ex.get(1) - ex.get(0), 1e-9);
    // ... then link 1 is full and link 0 releases at link 1's exit rate.
    for (int i = 20; i < ex.size(); i++) {
      assertEquals(10.0, ex.get(i) - ex.get(i - 1), 1e-9, "upstream headway at " + i);
    }
    assertTrue(c.model.storage(1) < 6, "test assumes a small storage on link 1");
    assertEquals(40, c.arrivals.size());
  }

  @Test
  void holes_delayTheReuseOfFreedSpace() throws Exception {
    // As above, but freed space needs 50 m / (15 km/h) = 12 s to travel back up link 1, so once
    // link 1 is full an upstream vehicle enters 12 s after the downstream exit that made room.
    Corridor c = new Corridor(
        new double[] {1000, 1, 10, 1800, 200},
        new double[] {50, 1, 10, 360, 5},
        new double[] {1000, 1, 10, 3600, 200});
    c.run(Corridor.allAt(0, 40), 7200, HOLES, List.of(), 0);
    // Storage is raised so link 1 can carry its capacity with holes: 0.1*50*(1/10+1/4.1667)=1.7,
    // so the declared 5 stays. Steady state is still link 1's rate ...
    List<Double> ex = c.exitTimes;
    for (int i = 25; i < ex.size(); i++) {
      assertEquals(10.0, ex.get(i) - ex.get(i - 1), 1e-9, "upstream headway at " + i);
    }
    // ... but every vehicle is later than without holes.
    Corridor plain = new Corridor(
        new double[] {1000, 1, 10, 1800, 200},
        new double[] {50, 1, 10, 360, 5},
        new double[] {1000, 1, 10, 3600, 200});
    plain.run(Corridor.allAt(0, 40), 7200, NO_HOLES, List.of(), 0);
    assertTrue(ex.get(30) > plain.exitTimes.get(30) + 11.9,
        "hole delay of 12 s shows up: " + ex.get(30) + " vs " + plain.exitTimes.get(30));
  }

  @Test
  void redSignal_holdsVehiclesAndReleasesThemAtSaturationFlowOnGreen() throws Exception {
    Corridor c = new Corridor(
        new double[] {100, 1, 10, 1800, 100},
        new double[] {500, 1, 10, 1800, 100});
    // Node n1: red for the first 60 s of a 120 s cycle, then green for 60 s.
    int m = c.net.movementIndex(0, 1);
    List<SignalPlan> plans = List.of(new SignalPlan(1, 0, List.of(
        new SignalPlan.Phase(60, new int[0]),
        new SignalPlan.Phase(60, new int[] {m}))));
    c.run(Corridor.allAt(0, 20), 3600, NO_HOLES, plans, 0);
    List<Double> ex = c.exitTimes;
    assertEquals(20, ex.size());
    assertEquals(60.0, ex.get(0), 1e-9, "nobody leaves during red");
    for (int i = 1; i < ex.size(); i++) {
      assertEquals(2.0, ex.get(i) - ex.get(i - 1), 1e-9, "saturation headway at " + i);
    }
  }

  @Test
  void redSignal_queueLeftAtEndOfGreenWaitsForTheNextCycle() throws Exception {
    Corridor c = new Corridor(
        new double[] {100, 1, 10, 1800, 100},
        new double[] {500, 1, 10, 1800, 100});
    int m = c.net.movementIndex(0, 1);
    // 10 s green per 40 s cycle: 5 vehicles per green at a 2 s headway.
    List<SignalPlan> plans = List.of(new SignalPlan(1, 0, List.of(
        new SignalPlan.Phase(10, new int[] {m}),
        new SignalPlan.Phase(30, new int[0]))));
    c.run(Corridor.allAt(0, 12), 3600, NO_HOLES, plans, 0);
    List<Double> ex = c.exitTimes;
    // t=0 is green but the first vehicle reaches the stop line at 10 s, just as red starts.
    assertEquals(List.of(40.0, 42.0, 44.0, 46.0, 48.0, 80.0, 82.0, 84.0, 86.0, 88.0, 120.0, 122.0),
        ex);
  }

  @Test
  void insertion_queueHoldsVehiclesWhenTheFirstLinkIsFull() throws Exception {
    Corridor c = new Corridor(
        new double[] {30, 1, 10, 360, 3},
        new double[] {500, 1, 10, 1800, 100});
    c.run(Corridor.allAt(0, 10), 3600, NO_HOLES, List.of(), 0);
    assertEquals(10, c.exitTimes.size());
    assertEquals(10, c.arrivals.size());
    assertEquals(0, c.model.vehiclesWaitingToInsert());
    assertEquals(10, c.model.inserted());
  }

  @Test
  void stuckTime_blockedVehicleGoesWhenStuckTimeEnds_evenWhenTheSumRoundsDown() {
    // Regression: the head was blocked from a = 5.1 s with stuckTime b = 3.1 s. Its wake-up came
    // at a + b, where (a + b) - a < b in floating point, so it was still "not stuck yet" and
    // asked for a wake-up at the same instant again, forever. It must go at a + b.
    double blockedFrom = 5 + 1.0 / 10.0;
    double stuck = 3.1;
    assertTrue((blockedFrom + stuck) - blockedFrom < stuck, "test relies on this rounding");
    Corridor c;
    try {
      c = new Corridor(
          new double[] {1, 1, 10, 360_000, 10},
          new double[] {10, 1, 10, 360, 1},
          new double[] {100, 1, 10, 1800, 100});
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    // Vehicle 0 fills link 1 and is held there by a long red; vehicle 1 reaches the end of
    // link 0 at 5 + 0.1 s and finds link 1 full.
    int m = c.net.movementIndex(1, 2);
    List<SignalPlan> plans = List.of(new SignalPlan(2, 0, List.of(
        new SignalPlan.Phase(1000, new int[0]),
        new SignalPlan.Phase(10, new int[] {m}))));
    c.maxEvents = 100_000;
    c.run(new double[] {0, 5}, 3600, new TrafficSpec(7.5, 0, stuck), plans, 0);
    assertEquals(EndReason.NO_EVENTS, c.endReason, "the run must finish, not spin at one instant");
    assertEquals(List.of(0.1, blockedFrom + stuck), c.exitTimes, "exits from link 0");
    assertEquals(2, c.arrivals.size());
  }

  @Test
  void currentTravelTime_risesWithTheQueueAndStaysAtFreeFlowOtherwise() throws Exception {
    Corridor c = new Corridor(
        new double[] {100, 1, 10, 1800, 200},
        new double[] {500, 1, 10, 360, 200},
        new double[] {500, 1, 10, 3600, 200});
    // 60 vehicles, 2 s apart, onto link 1, which lets one onward every 10 s: by t = 100 s about
    // 40 are on it, while link 0 (one exit per 2 s) has kept up with its arrivals.
    double[] departures = new double[60];
    for (int i = 0; i < departures.length; i++) {
      departures[i] = i * 2.0;
    }
    c.run(departures, 100, NO_HOLES, List.of(), 0);
    assertEquals(10.0, c.model.currentTravelTime(0), 1e-9, "link 0 is at free flow");
    double queued = c.model.occupancy(1);
    assertTrue(queued > 30, "queue on link 1: " + queued);
    assertEquals(queued * 10.0, c.model.currentTravelTime(1), 1e-9);
  }

  @Test
  void currentTravelTime_ofAnEmptiedLink_returnsToFreeFlowWithTimeConstantForget()
      throws Exception {
    // 30 vehicles at once through link 1, which lets one go every 10 s: the last ones spent
    // minutes on it. Once it is empty, its excess over free flow (10 s) decays as
    // exp(-(t - emptied) / FORGET). Link 2 is long, so the run lasts to its end time.
    double[] at = new double[3];
    double emptied = Double.NaN;
    double[] ends = {0, 1, 2};
    for (int k = 0; k < 3; k++) {
      Corridor c = new Corridor(
          new double[] {100, 1, 10, 3600, 200},
          new double[] {100, 1, 10, 360, 200},
          new double[] {100_000, 1, 10, 3600, 20_000});
      double end = k == 0 ? 400 : emptied + ends[k] * QueueTrafficModel.FORGET;
      c.run(Corridor.allAt(0, 30), end, NO_HOLES, List.of(), 1);
      emptied = c.exitTimes.get(c.exitTimes.size() - 1);
      at[k] = c.model.currentTravelTime(1) - 10.0;
    }
    assertTrue(at[1] > 50, "excess FORGET after the jam: " + at[1]);
    assertEquals(Math.exp(-1), at[2] / at[1], 1e-9);
  }

  @Test
  void currentTravelTimes_steerTheRouterAroundACongestedLink() throws Exception {
    // Two parallel paths a->b: direct (200 m) and via c (2 x 150 m). Free flow prefers the
    // direct one; once it is jammed, current travel times prefer the detour.
    org.citysim.sim.network.RoadNetwork net = new org.citysim.sim.network.RoadNetworkBuilder()
        .addNode("a", 0, 0).addNode("b", 200, 0).addNode("c", 100, 100).addNode("d", 400, 0)
        .addLink("ab", "a", "b", 200, 1, 10, 1800).addLink("ac", "a", "c", 150, 1, 10, 1800)
        .addLink("cb", "c", "b", 150, 1, 10, 1800).addLink("bd", "b", "d", 200, 1, 10, 120)
        .build();
    int ab = net.linkIndex("ab");
    int bd = net.linkIndex("bd");
    java.util.List<org.citysim.sim.demand.Trip> trips = new java.util.ArrayList<>();
    int[][] routes = new int[40][];
    double[] fft = new double[40];
    for (int i = 0; i < 40; i++) {
      trips.add(new org.citysim.sim.demand.Trip("t" + i, 0, 1, 0));
      routes[i] = new int[] {ab, bd};
      fft[i] = 40;
    }
    org.citysim.sim.kernel.Kernel k = new org.citysim.sim.kernel.Kernel(0, 300,
        new org.citysim.sim.random.RandomStreams(1, 0));
    QueueTrafficModel m = new QueueTrafficModel(k, net, org.citysim.sim.signal.SignalTimings
        .none(net), new org.citysim.sim.demand.TripTable(trips, routes, fft), NO_HOLES);
    k.run();
    org.citysim.sim.routing.Router free = new org.citysim.sim.routing.Router(net,
        net::freeFlowTime);
    org.citysim.sim.routing.Router current = new org.citysim.sim.routing.Router(net,
        m::currentTravelTime);
    int a = net.nodeIndex("a");
    int b = net.nodeIndex("b");
    assertEquals(List.of(ab), java.util.Arrays.stream(free.route(a, b)).boxed().toList());
    assertEquals(List.of(net.linkIndex("ac"), net.linkIndex("cb")),
        java.util.Arrays.stream(current.route(a, b)).boxed().toList());
  }

  /**
   * A two-lane link "in" whose lane 0 leads to "a" and lane 1 to "b"; "a" is held at red. The
   * vehicles bound for "b" are not held up behind those waiting for "a", and each lane group
   * discharges at its own lane's capacity.
   */
  @Test
  void laneGroups_aQueueForOneMovementDoesNotHoldUpTheOtherLane() throws Exception {
    RoadNetwork net = new org.citysim.sim.network.RoadNetworkBuilder()
        .addNode("o", 0, 0).addNode("j", 100, 0).addNode("x", 200, 50).addNode("y", 200, -50)
        .addLink("in", "o", "j", 100, 2, 10, 3600).addLink("a", "j", "x", 100, 1, 10, 1800)
        .addLink("b", "j", "y", 100, 1, 10, 1800)
        .addMovement("in", "a", 0).addMovement("in", "b", 1).build();
    int in = net.linkIndex("in");
    int a = net.linkIndex("a");
    int b = net.linkIndex("b");
    // Alternating destinations, all departing at once; "a" gets green only from t = 1000 s.
    List<org.citysim.sim.demand.Trip> trips = new java.util.ArrayList<>();
    int[][] routes = new int[20][];
    double[] fft = new double[20];
    for (int i = 0; i < 20; i++) {
      trips.add(new org.citysim.sim.demand.Trip("t" + i, 0, i % 2 == 0 ? 2 : 3, 0));
      routes[i] = new int[] {in, i % 2 == 0 ? a : b};
      fft[i] = 20;
    }
    int ma = net.movementIndex(in, a);
    int mb = net.movementIndex(in, b);
    List<SignalPlan> plans = List.of(new SignalPlan(1, 0, List.of(
        new SignalPlan.Phase(1000, new int[] {mb}),
        new SignalPlan.Phase(1000, new int[] {ma, mb}))));
    org.citysim.sim.kernel.Kernel k = new org.citysim.sim.kernel.Kernel(0, 3600,
        new org.citysim.sim.random.RandomStreams(1, 0));
    List<Double> intoB = new java.util.ArrayList<>();
    k.bus().subscribe(LinkEntered.class, e -> {
      if (e.link() == b) {
        intoB.add(e.time());
      }
    });
    QueueTrafficModel m = new QueueTrafficModel(k, net, SignalTimings.of(net, plans),
        new org.citysim.sim.demand.TripTable(trips, routes, fft), NO_HOLES);
    k.run();
    // One lane of 1800 veh/h: 10 vehicles 2 s apart from the free-flow exit at 10 s, although
    // the vehicle at the head of the link (t0) waits for "a" until 1000 s.
    List<Double> expected = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      expected.add(10.0 + 2 * i);
    }
    assertEquals(expected, intoB);
    assertEquals(20, m.arrived());
    assertEquals(100 * 2 / 7.5, m.storage(in), 1e-9, "storage is split, not added to");
  }

  @Test
  void crossingTime_delaysTheVehicleOnTheLinkItEnters_andRaisesThatLinksStorage()
      throws Exception {
    // A 4 s crossing from l0 to l1 (7.5 m, one lane, 1800 veh/h): the trip takes
    // 10 + 4 + 0.75 + 10 s, and l1 must hold 0.5 veh/s * (0.75 s + 4 s) vehicles in transit.
    RoadNetwork net = new org.citysim.sim.network.RoadNetworkBuilder()
        .addNode("a", 0, 0).addNode("b", 100, 0).addNode("c", 107.5, 0).addNode("d", 207.5, 0)
        .addLink("l0", "a", "b", 100, 1, 10, 1800).addLink("l1", "b", "c", 7.5, 1, 10, 1800)
        .addLink("l2", "c", "d", 100, 1, 10, 1800)
        .addMovement("l0", "l1").addMovement("l1", "l2").setCrossingTime("l0", "l1", 4).build();
    org.citysim.sim.kernel.Kernel k = new org.citysim.sim.kernel.Kernel(0, 3600,
        new org.citysim.sim.random.RandomStreams(1, 0));
    List<Double> arrivals = new java.util.ArrayList<>();
    k.bus().subscribe(LinkExited.class, e -> {
      if (e.arrived()) {
        arrivals.add(e.time());
      }
    });
    QueueTrafficModel m = new QueueTrafficModel(k, net, SignalTimings.none(net),
        new org.citysim.sim.demand.TripTable(
            List.of(new org.citysim.sim.demand.Trip("t", 0, 3, 0)),
            new int[][] {{0, 1, 2}}, new double[] {24.75}), NO_HOLES);
    k.run();
    assertEquals(List.of(24.75), arrivals);
    assertEquals(0.5 * (0.75 + 4), m.storage(1), 1e-9);
  }
}
