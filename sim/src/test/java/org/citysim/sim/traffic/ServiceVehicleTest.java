package org.citysim.sim.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.demand.Trip;
import org.citysim.sim.demand.TripTable;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.kernel.Priorities;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.network.RoadNetworkBuilder;
import org.citysim.sim.random.RandomStreams;
import org.citysim.sim.scenario.TrafficSpec;
import org.citysim.sim.signal.SignalTimings;
import org.junit.jupiter.api.Test;

/** Response units driven as vehicles of the queue model ({@link QueueTrafficModel#addServiceVehicle}). */
class ServiceVehicleTest {
  private static final TrafficSpec NO_HOLES = new TrafficSpec(7.5, 0, 3600);
  private static final int[] WHOLE = {0, 1, 2};

  /** Three links of 100, 500 and 100 m at 10 m/s, 1,800 veh/h each: 70 s in free flow. */
  private static Corridor corridor() throws Exception {
    return new Corridor(
        new double[] {100, 1, 10, 1800, 200},
        new double[] {500, 1, 10, 1800, 200},
        new double[] {100, 1, 10, 1800, 200});
  }

  @Test
  void onAnEmptyRoad_itArrivesAfterTheFreeFlowTime() throws Exception {
    Corridor c = corridor();
    List<Double> arrived = new ArrayList<>();
    c.beforeRun = k -> k.kernel.schedule(100, Priorities.CONTROL,
        () -> k.model.addServiceVehicle(WHOLE, () -> arrived.add(k.kernel.now())));
    c.run(new double[0], 3600, NO_HOLES, List.of(), 1);
    assertEquals(List.of(170.0), arrived);
    assertEquals(0, c.model.arrived(), "a service vehicle is not a trip");
    assertEquals(0, c.model.traversals());
    assertTrue(c.exitTimes.isEmpty(), "and publishes no events");
  }

  @Test
  void behindAQueue_itWaitsItsTurnAtTheBottleneck() throws Exception {
    Corridor c = corridor();
    // 100 cars at 0 s; the middle link lets one out every 4 s at half its capacity.
    c.beforeRun = k -> {
      k.model.setCapacityFraction(1, 0.5);
      k.kernel.schedule(60, Priorities.CONTROL, () -> k.model.addServiceVehicle(WHOLE,
          () -> c.arrivals.add(-k.kernel.now()))); // negative: told apart from the trips
    };
    c.run(Corridor.allAt(0, 100), 3600, NO_HOLES, List.of(), 1);
    double unit = -c.arrivals.stream().filter(x -> x < 0).findFirst().orElseThrow();
    List<Double> trips = c.arrivals.stream().filter(x -> x >= 0).toList();
    assertEquals(100, trips.size());
    assertTrue(unit > 60 + 70 + 300, "queued far beyond free flow: " + unit);
    // Insertion is not capacity-limited, so all 100 cars were on the first link when it came:
    // it overtakes nobody and leaves the bottleneck one half-capacity headway after the last.
    assertEquals(100, trips.stream().filter(x -> x < unit).count());
    assertEquals(trips.get(99) + 4.0, unit, 1e-9);
  }

  @Test
  void aClosure_holdsItUntilItOpens() throws Exception {
    Corridor c = corridor();
    List<Double> arrived = new ArrayList<>();
    c.beforeRun = k -> {
      k.model.setCapacityFraction(2, 0);
      k.model.addServiceVehicle(WHOLE, () -> arrived.add(k.kernel.now()));
      k.kernel.schedule(1000, Priorities.CONTROL, () -> {
        assertEquals(1, k.model.vehiclesHeldByClosures(), "held before the closed link");
        assertEquals(0, k.model.vehiclesInNetwork(), "not counted as a trip");
        k.model.setCapacityFraction(2, 1);
      });
    };
    c.run(new double[0], 3600, NO_HOLES, List.of(), 1);
    assertEquals(List.of(1010.0), arrived, "enters the reopened link at 1000 s, 10 s to drive");
  }

  @Test
  void itTakesRoadSpace() throws Exception {
    Corridor c = corridor();
    c.beforeRun = k -> {
      k.model.setCapacityFraction(1, 0);
      k.model.addServiceVehicle(new int[] {0, 1}, () -> { });
      k.kernel.schedule(10, Priorities.CONTROL,
          () -> assertEquals(1, k.model.occupancy(0), "on the first link"));
    };
    c.run(new double[0], 60, NO_HOLES, List.of(), 1);
  }

  @Test
  void aRouteAgainstTheMovements_isRefused() throws Exception {
    Corridor c = corridor();
    c.beforeRun = k -> {
      assertThrows(IllegalArgumentException.class,
          () -> k.model.addServiceVehicle(new int[] {0, 2}, () -> { }));
      assertThrows(IllegalArgumentException.class,
          () -> k.model.addServiceVehicle(new int[0], () -> { }));
    };
    c.run(new double[0], 60, NO_HOLES, List.of(), 1);
  }

  @Test
  void onItsLastLink_itPassesTheQueueThatTheClosureHolds() throws Exception {
    Corridor c = corridor();
    List<Double> arrived = new ArrayList<>();
    c.beforeRun = k -> {
      k.model.setCapacityFraction(2, 0); // the incident's link
      k.kernel.schedule(100, Priorities.CONTROL,
          () -> k.model.addServiceVehicle(new int[] {0, 1}, () -> arrived.add(k.kernel.now())));
    };
    // Ten cars wait at the end of link 1 for the closed link 2 from about 60 s on.
    c.run(Corridor.allAt(0, 10), 3600, NO_HOLES, List.of(), 1);
    assertEquals(List.of(160.0), arrived, "10 s + 50 s of driving, past the queue");
    assertEquals(10, c.model.vehiclesHeldByClosures(), "the cars still wait");
  }

  @Test
  void behindCarsHeldByAClosure_itTakesItsOwnOpenTurn() throws Exception {
    // n0 -a-> n1, then n1 -closed-> n2 or n1 -open-> n3; one lane, so one queue on a.
    RoadNetworkBuilder b = new RoadNetworkBuilder();
    b.addNode("n0", 0, 0);
    b.addNode("n1", 100, 0);
    b.addNode("n2", 200, 0);
    b.addNode("n3", 100, 100);
    b.addLink("a", "n0", "n1", 100, 1, 10, 1800, 200);
    b.addLink("closed", "n1", "n2", 100, 1, 10, 1800, 200);
    b.addLink("open", "n1", "n3", 100, 1, 10, 1800, 200);
    RoadNetwork net = b.build();
    int[] held = {0, 1};
    List<Trip> trips = new ArrayList<>();
    int[][] routes = new int[5][];
    double[] ffts = new double[5];
    for (int i = 0; i < 5; i++) {
      trips.add(new Trip("t" + i, 0, 2, 0));
      routes[i] = held;
      ffts[i] = 20;
    }
    Kernel kernel = new Kernel(0, 3600, new RandomStreams(1, 0));
    QueueTrafficModel model = new QueueTrafficModel(kernel, net, SignalTimings.none(net),
        new TripTable(trips, routes, ffts), NO_HOLES);
    model.setCapacityFraction(1, 0);
    List<Double> arrived = new ArrayList<>();
    kernel.schedule(30, Priorities.CONTROL,
        () -> model.addServiceVehicle(new int[] {0, 2}, () -> arrived.add(kernel.now())));
    kernel.run(1_000_000);
    // Enters a at 30 s behind the five held cars, may leave it at 40 s, then 10 s on "open".
    assertEquals(List.of(50.0), arrived);
    assertEquals(5, model.vehiclesHeldByClosures());
  }
}
