package org.citysim.sim.traffic;

import static org.citysim.sim.traffic.Vehicles.ARRIVED;

import org.citysim.sim.event.Channel;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.kernel.Priorities;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.signal.SignalState;

/**
 * The link traversals of a {@link QueueTrafficModel}: a vehicle enters a lane group ({@link
 * #enter}) and leaves it ({@link #leave}) when the model lets it, and this does what every entry
 * and exit implies: the vehicle's entry and earliest exit times, the link's smoothed travel time,
 * the hole a leaving vehicle leaves and the waits for space it ends, and, for trips only, the
 * trip counts and the {@link LinkEntered} and {@link LinkExited} events (service vehicles count
 * in none and publish nothing). It also lets a service vehicle queued behind others pass a queue
 * held by a closure ({@link #passQueue}), which is an exit out of turn and an entry.
 */
final class Traversals {
  /** How often a service vehicle held behind a closure looks for a way past again [s]. */
  static final double PASS_RETRY = 10.0;

  private final Kernel kernel;
  private final RoadNetwork net;
  private final SignalState signals;
  private final LaneGroups groups;
  private final Vehicles vehicles;
  private final LinkTravelTimes times;
  private final Wakeups wakeups;
  private final Channel<LinkEntered> entered;
  private final Channel<LinkExited> exited;

  // Trip counts.
  private long traversals;
  private final long[] linkTraversals;
  private int inNetwork;
  private int arrivedCount;
  private int insertedCount;

  Traversals(Kernel kernel, RoadNetwork net, SignalState signals, LaneGroups groups,
      Vehicles vehicles, LinkTravelTimes times, Wakeups wakeups) {
    this.kernel = kernel;
    this.net = net;
    this.signals = signals;
    this.groups = groups;
    this.vehicles = vehicles;
    this.times = times;
    this.wakeups = wakeups;
    linkTraversals = new long[net.linkCount()];
    entered = kernel.bus().channel(LinkEntered.class);
    exited = kernel.bus().channel(LinkExited.class);
  }

  /** Lane group that vehicle {@code v} joins on link {@code l}, the link at {@code pos}. */
  int queueFor(int v, int l, int pos) {
    int[] route = vehicles.route(v);
    return pos == route.length - 1 ? net.arrivalLaneGroup(l)
        : net.movementLaneGroup(net.movementIndex(l, route[pos + 1]));
  }

  /**
   * {@code v} enters lane group {@code q} of link {@code l}; {@code crossing} is the time it
   * needs to cross the junction into {@code l} first (0 on insertion).
   */
  void enter(int v, int l, int q, double t, boolean first, double crossing) {
    times.entered(l, t);
    IntRing vs = groups.queue[q];
    vehicles.enteredAt[v] = t;
    vehicles.earliestExit[v] = t + times.freeFlow(l) + crossing;
    vs.add(v);
    if (v < vehicles.tripCount) {
      inNetwork++;
      if (first) {
        insertedCount++;
      }
      if (entered.active()) {
        entered.publish(new LinkEntered(t, v, l, first));
      }
    }
    if (vs.size() == 1) {
      wakeups.requestWake(q, vehicles.earliestExit[v]);
    } else if (v >= vehicles.tripCount) {
      kernel.schedule(vehicles.earliestExit[v], Priorities.TRAFFIC, () -> passQueue(v, q));
    }
  }

  /**
   * {@code v}, just taken out of lane group {@code q}, leaves it at {@code t}: onward, or
   * {@code arrived} at its destination.
   */
  void leave(int v, int q, double t, boolean arrived) {
    int l = groups.linkOf[q];
    times.left(l, t, vehicles.enteredAt[v]);
    if (v < vehicles.tripCount) {
      traversals++;
      linkTraversals[l]++;
      inNetwork--;
      if (arrived) {
        arrivedCount++;
      }
      if (exited.active()) {
        exited.publish(new LinkExited(t, v, l, vehicles.enteredAt[v], arrived));
      }
    }
    double free = t + groups.holeDelay[q];
    if (groups.holeDelay[q] > 0) {
      groups.holes[q].add(free);
    }
    wakeups.spaceFreed(q, free);
  }

  /**
   * Service vehicle {@code v}, not at the head of lane group {@code q} at its free-flow exit
   * time, passes the vehicles ahead of it where they cannot move for a closure, as traffic
   * makes way for an emergency vehicle: on its last link it reaches its destination (the scene
   * is at the link's end, beyond the queue that the incident holds), and elsewhere it moves on
   * when the head of its queue waits for a closed link and its own next movement is open (green,
   * with space). Otherwise it stays in the queue, and this is looked at again every {@link
   * #PASS_RETRY} s while the head waits for a closed link.
   */
  private void passQueue(int v, int q) {
    int pos = vehicles.routePos[v];
    int[] route = vehicles.route(v);
    if (pos == ARRIVED || route[pos] != groups.linkOf[q] || groups.queue[q].peek() == v) {
      return; // moved on, or the head: served as usual
    }
    double t = kernel.now();
    if (pos == route.length - 1) {
      groups.queue[q].remove(v);
      vehicles.routePos[v] = ARRIVED;
      leave(v, q, t, true);
      kernel.schedule(t, Priorities.CONTROL, vehicles.arrival(v));
      return;
    }
    if (!wakeups.headWaitsForClosed(q)) {
      return; // an ordinary queue: it waits its turn like everybody
    }
    int next = route[pos + 1];
    int m = net.movementIndex(groups.linkOf[q], next);
    int into = queueFor(v, next, pos + 1);
    if (signals.nextGreen(m, t) > t || !groups.hasSpace(into, t)) {
      kernel.schedule(t + PASS_RETRY, Priorities.TRAFFIC, () -> passQueue(v, q));
      return;
    }
    groups.queue[q].remove(v);
    leave(v, q, t, false);
    vehicles.routePos[v] = pos + 1;
    enter(v, next, into, t, false, net.crossingTime(m));
  }

  /** Trips on links now [veh]. */
  int inNetwork() {
    return inNetwork;
  }

  /** Trips that arrived so far. */
  int arrived() {
    return arrivedCount;
  }

  /** Trips that entered their first link so far. */
  int inserted() {
    return insertedCount;
  }

  /** Link traversals by trips completed so far. */
  long traversals() {
    return traversals;
  }

  /** Traversals of link {@code l} by trips completed so far (onward or arriving at its end). */
  long traversals(int l) {
    return linkTraversals[l];
  }
}
