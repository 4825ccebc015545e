package org.citysim.sim.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.event.EventBus;
import org.citysim.sim.event.SimEvent;
import org.citysim.sim.kernel.EndReason;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.metrics.TripCollector;
import org.citysim.sim.metrics.TripRecord;
import org.citysim.sim.random.RandomStreams;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Invariants of the queue model on random small networks, trips and parameters (see {@link
 * RandomCase}). Every assertion message starts with the case's description, which begins with
 * the seed that rebuilds it: {@code RandomCase.of(seed, generous)}.
 */
class ConservationPropertiesTest {

  /** One run of a case, with everything observers saw. */
  private static final class Run {
    final RandomCase c;
    final Kernel kernel;
    final QueueTrafficModel model;
    final TripCollector collector;
    final List<LinkExited> exits = new ArrayList<>();
    final List<LinkEntered> entries = new ArrayList<>();
    final List<SimEvent> all = new ArrayList<>();
    final EndReason end;

    Run(RandomCase c, double endTime) {
      this.c = c;
      kernel = new Kernel(0, endTime, new RandomStreams(c.seed, 0));
      EventBus bus = kernel.bus();
      collector = new TripCollector(bus, c.trips, c.net);
      bus.subscribe(VehicleDeparted.class, all::add);
      bus.subscribe(LinkEntered.class, e -> {
        all.add(e);
        entries.add(e);
      });
      bus.subscribe(LinkExited.class, e -> {
        all.add(e);
        exits.add(e);
      });
      model = new QueueTrafficModel(kernel, c.net, c.signals, c.trips, c.spec);
      // An event limit far above any case's need turns a livelock into a failure, not a hang.
      end = kernel.run(5_000_000);
      if (end == EndReason.EVENT_LIMIT) {
        throw new AssertionError(why("still running after 5e6 events at t=" + kernel.now()
            + " (livelock?)"));
      }
    }

    String why(String what) {
      return c + " (end " + kernel.endTime() + "): " + what;
    }
  }

  @Property(tries = 150)
  void departedVehicles_areArrivedEnRouteOrWaiting_inModelAndTripRecords(
      @ForAll long seed, @ForAll @DoubleRange(min = 0, max = 2400) double endTime) {
    Run run = new Run(RandomCase.of(seed, false), endTime);
    QueueTrafficModel m = run.model;
    int due = 0;
    for (int i = 0; i < run.c.trips.size(); i++) {
      if (run.c.trips.departure(i) <= endTime) {
        due++;
      }
    }
    assertEquals(due, m.departed(), run.why("every trip whose departure time came departed"));
    assertEquals(m.departed(), m.arrived() + m.vehiclesInNetwork() + m.vehiclesWaitingToInsert(),
        run.why("departed = arrived + en route + waiting"));
    assertEquals(m.inserted(), m.arrived() + m.vehiclesInNetwork(),
        run.why("inserted = arrived + en route"));

    List<TripRecord> records = run.collector.records();
    long arrived = records.stream().filter(t -> t.status() == TripRecord.Status.ARRIVED).count();
    long enRoute = records.stream().filter(t -> t.status() == TripRecord.Status.EN_ROUTE).count();
    long waiting = records.stream().filter(t -> t.status() == TripRecord.Status.WAITING).count();
    assertEquals(m.departed(), records.size(), run.why("one record per departed trip"));
    assertEquals(m.arrived(), arrived, run.why("arrived: model vs records"));
    assertEquals(m.vehiclesInNetwork(), enRoute, run.why("en route: model vs records"));
    assertEquals(m.vehiclesWaitingToInsert(), waiting, run.why("waiting: model vs records"));
    assertEquals(m.inserted(), arrived + enRoute, run.why("inserted: model vs records"));
    int occupied = 0;
    for (int l = 0; l < run.c.net.linkCount(); l++) {
      occupied += m.occupancy(l);
    }
    assertEquals(m.vehiclesInNetwork(), occupied, run.why("en route = sum of link occupancies"));
  }

  @Property(tries = 100)
  void generousNetwork_longEnoughRun_everyTripArrives(@ForAll long seed) {
    RandomCase c = RandomCase.of(seed, true);
    Run run = new Run(c, c.lastDeparture() + 6 * 3600);
    assertEquals(EndReason.NO_EVENTS, run.end, run.why("the run finishes before its end time"));
    assertEquals(c.trips.size(), run.model.arrived(), run.why("every trip arrives"));
    assertEquals(0, run.model.vehiclesInNetwork(), run.why("nobody left on a link"));
    assertEquals(0, run.model.vehiclesWaitingToInsert(), run.why("nobody left waiting"));
  }

  @Property(tries = 150)
  void tinyLinksAndSpillback_stuckTimeRule_stillEveryTripArrives(@ForAll long seed) {
    // Short links with room for one or two vehicles gridlock; the stuck-time rule must still
    // move everyone, and no vehicle may be left without a pending wake-up.
    RandomCase c = RandomCase.of(seed, false);
    Run run = new Run(c, 1e7);
    assertEquals(EndReason.NO_EVENTS, run.end, run.why("the run finishes"));
    assertEquals(c.trips.size(), run.model.arrived(),
        run.why("every trip arrives (en route " + run.model.vehiclesInNetwork() + ", waiting "
            + run.model.vehiclesWaitingToInsert() + ")"));
  }

  /**
   * FIFO and capacity hold per lane group (a link without lane information is one group): a
   * vehicle's group on a link is that of the movement it takes next, or the link's arrival group.
   */
  @Property(tries = 150)
  void everyLaneGroup_isFifo_andOnwardExitsRespectItsCapacity(@ForAll long seed) {
    RandomCase c = RandomCase.of(seed, false);
    Run run = new Run(c, c.lastDeparture() + 3600);
    int groups = c.net.laneGroupCount();
    List<List<Integer>> enteredOrder = new ArrayList<>();
    List<List<LinkExited>> exitsOf = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      enteredOrder.add(new ArrayList<>());
      exitsOf.add(new ArrayList<>());
    }
    int[] pos = new int[c.trips.size()];
    java.util.Arrays.fill(pos, -1);
    int[] groupOfVehicle = new int[c.trips.size()];
    run.entries.forEach(e -> {
      int[] route = c.trips.route(e.vehicle());
      int i = ++pos[e.vehicle()];
      assertEquals(route[i], e.link(), run.why("vehicle follows its route"));
      int g = i == route.length - 1 ? c.net.arrivalLaneGroup(e.link())
          : c.net.movementLaneGroup(c.net.movementIndex(e.link(), route[i + 1]));
      groupOfVehicle[e.vehicle()] = g;
      enteredOrder.get(g).add(e.vehicle());
    });
    // Exits come after the entry into the same link, and a vehicle is on one link at a time.
    int[] exitPos = new int[c.trips.size()];
    java.util.Arrays.fill(exitPos, -1);
    run.exits.forEach(e -> {
      int[] route = c.trips.route(e.vehicle());
      int i = ++exitPos[e.vehicle()];
      int g = i == route.length - 1 ? c.net.arrivalLaneGroup(e.link())
          : c.net.movementLaneGroup(c.net.movementIndex(e.link(), route[i + 1]));
      exitsOf.get(g).add(e);
    });
    for (int g = 0; g < groups; g++) {
      int l = c.net.laneGroupLink(g);
      List<LinkExited> ex = exitsOf.get(g);
      double headway = 3600.0 / (c.net.capacity(l) * c.net.laneGroupLanes(g) / c.net.lanes(l));
      LinkExited lastOnward = null;
      for (int i = 0; i < ex.size(); i++) {
        LinkExited e = ex.get(i);
        assertEquals(enteredOrder.get(g).get(i), e.vehicle(),
            run.why("group " + g + " of link " + l + ": exit " + i + " is the " + i
                + "th vehicle that entered it"));
        if (i > 0) {
          assertTrue(e.time() >= ex.get(i - 1).time(),
              run.why("group " + g + ": exit times non-decreasing at exit " + i));
        }
        if (!e.arrived()) {
          if (lastOnward != null) {
            assertTrue(e.time() - lastOnward.time() >= headway * (1 - 1e-12) - 1e-9,
                run.why("group " + g + " of link " + l + ": onward exits " + lastOnward.time()
                    + " and " + e.time() + " closer than the headway " + headway));
          }
          lastOnward = e;
        }
      }
    }
  }

  @Property(tries = 150)
  void eventTimesSeenByObservers_neverDecrease(@ForAll long seed) {
    RandomCase c = RandomCase.of(seed, false);
    Run run = new Run(c, c.lastDeparture() + 3600);
    double last = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < run.all.size(); i++) {
      SimEvent e = run.all.get(i);
      assertTrue(e.time() >= last, run.why("event " + i + " " + e + " after time " + last));
      last = e.time();
    }
    assertTrue(last <= run.kernel.endTime(), run.why("no event after the end time"));
  }

  @Property(tries = 150)
  void travelTimes_areAtLeastFreeFlow_perLinkAndPerTrip(@ForAll long seed) {
    RandomCase c = RandomCase.of(seed, false);
    Run run = new Run(c, c.lastDeparture() + 3600);
    int[] pos = new int[c.trips.size()];
    for (LinkExited e : run.exits) {
      // Free flow on a link includes the crossing time of the movement that led onto it.
      int[] route = c.trips.route(e.vehicle());
      int i = pos[e.vehicle()]++;
      double crossing = i == 0 ? 0
          : c.net.crossingTime(c.net.movementIndex(route[i - 1], route[i]));
      assertTrue(e.time() - e.enteredAt() >= c.net.freeFlowTime(e.link()) + crossing - 1e-9,
          run.why("vehicle " + e.vehicle() + " crossed link " + e.link() + " faster than free flow"));
    }
    for (TripRecord t : run.collector.records()) {
      if (t.status() == TripRecord.Status.ARRIVED) {
        assertTrue(t.travelTime() >= t.freeFlowTime() - 1e-9,
            run.why("trip " + t.id() + " travel time " + t.travelTime() + " < free flow "
                + t.freeFlowTime()));
        assertTrue(t.insertion() >= t.departure(),
            run.why("trip " + t.id() + " entered the network before departing"));
      }
    }
  }

  @Property(tries = 100)
  void sameInputsTwice_giveIdenticalExitSequences(@ForAll long seed) {
    RandomCase c = RandomCase.of(seed, false);
    Run a = new Run(c, c.lastDeparture() + 1800);
    Run b = new Run(RandomCase.of(seed, false), c.lastDeparture() + 1800);
    assertEquals(a.exits, b.exits, a.why("exit sequences differ between two runs"));
    assertEquals(a.collector.records(), b.collector.records(), a.why("trip records differ"));
  }
}
