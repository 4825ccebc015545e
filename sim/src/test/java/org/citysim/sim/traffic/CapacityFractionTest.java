package org.citysim.sim.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citysim.sim.kernel.EndReason;
import org.citysim.sim.kernel.Priorities;
import org.citysim.sim.scenario.TrafficSpec;
import org.junit.jupiter.api.Test;

/** Links whose capacity an incident or closure lowers ({@link QueueTrafficModel#setCapacityFraction}). */
class CapacityFractionTest {
  private static final TrafficSpec NO_HOLES = new TrafficSpec(7.5, 0, 3600);
  private static final TrafficSpec SHORT_STUCK = new TrafficSpec(7.5, 15 / 3.6, 60);

  private static Corridor threeLinks() throws Exception {
    return new Corridor(
        new double[] {100, 1, 10, 1800, 200},
        new double[] {500, 1, 10, 1800, 200},
        new double[] {100, 1, 10, 1800, 200});
  }

  @Test
  void halfCapacity_doublesTheExitHeadway() throws Exception {
    Corridor c = threeLinks();
    c.beforeRun = k -> k.model.setCapacityFraction(1, 0.5);
    c.run(Corridor.allAt(0, 30), 3600, NO_HOLES, List.of(), 1);
    List<Double> ex = c.exitTimes;
    assertEquals(30, ex.size());
    for (int i = 1; i < ex.size(); i++) {
      assertEquals(4.0, ex.get(i) - ex.get(i - 1), 1e-9, "headway at exit " + i);
    }
    assertEquals(30, c.arrivals.size());
  }

  @Test
  void closedLink_holdsVehiclesPastTheStuckTimeAndTheRunEndsOnTime() throws Exception {
    Corridor c = threeLinks();
    c.maxEvents = 100_000;
    c.beforeRun = k -> k.model.setCapacityFraction(1, 0);
    c.run(Corridor.allAt(0, 50), 1800, SHORT_STUCK, List.of(), 1);
    // Nothing is left to do once everybody waits: the kernel stops, at the end time at last.
    assertTrue(c.endReason != EndReason.EVENT_LIMIT, "no livelock: " + c.endReason);
    assertTrue(c.kernel.now() <= 1800);
    assertEquals(0, c.arrivals.size());
    assertEquals(0, c.model.occupancy(1), "nobody entered the closed link");
    assertEquals(50, c.model.vehiclesInNetwork() + c.model.vehiclesWaitingToInsert());
    assertEquals(50, c.model.vehiclesHeldByClosures());
    assertTrue(c.kernel.eventsProcessed() < 1000, "no busy waiting: " + c.kernel.eventsProcessed());
    assertEquals(QueueTrafficModel.CLOSED_TRAVEL_TIME, c.model.currentTravelTime(1));
  }

  @Test
  void closingAnOccupiedLink_stopsItsExitUntilItOpens() throws Exception {
    Corridor c = threeLinks();
    c.beforeRun = k -> {
      k.kernel.schedule(20, Priorities.CONTROL, () -> k.model.setCapacityFraction(1, 0));
      k.kernel.schedule(600, Priorities.CONTROL, () -> k.model.setCapacityFraction(1, 1));
    };
    c.run(Corridor.allAt(0, 40), 3600, SHORT_STUCK, List.of(), 1);
    List<Double> ex = c.exitTimes;
    assertEquals(40, ex.size(), "all leave once it opens");
    assertEquals(40, c.arrivals.size());
    long before = ex.stream().filter(x -> x < 600).count();
    assertEquals(0, before, "free flow on link 1 is 50 s, it closed at 20 s");
    assertEquals(600.0, ex.get(0), 1e-9, "the head leaves as it opens");
    // Five had entered link 1 (at 10, 12, ..., 18 s); they leave at its capacity, and those
    // held upstream follow after link 1's free-flow time of 50 s.
    for (int i = 1; i < 5; i++) {
      assertEquals(2.0, ex.get(i) - ex.get(i - 1), 1e-9, "headway at exit " + i);
    }
    assertEquals(650.0, ex.get(5), 1e-9);
  }

  @Test
  void reopening_wakesVehiclesWaitingToEnter() throws Exception {
    Corridor c = threeLinks();
    c.beforeRun = k -> {
      k.model.setCapacityFraction(0, 0); // first link: insertions wait
      k.model.setCapacityFraction(2, 0); // last link: link 1's head waits
      k.kernel.schedule(900, Priorities.CONTROL, () -> k.model.setCapacityFraction(0, 1));
      k.kernel.schedule(1200, Priorities.CONTROL, () -> k.model.setCapacityFraction(2, 1));
    };
    c.run(Corridor.allAt(0, 20), 3600, SHORT_STUCK, List.of(), 1);
    assertEquals(20, c.arrivals.size());
    assertEquals(1200.0, c.exitTimes.get(0), 1e-9, "link 1 releases when link 2 opens");
    assertTrue(c.arrivals.get(0) >= 1210 - 1e-9);
  }
}
