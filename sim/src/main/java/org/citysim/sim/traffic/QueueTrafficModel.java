package org.citysim.sim.traffic;

import static org.citysim.sim.traffic.Vehicles.ARRIVED;

import org.citysim.sim.demand.TripTable;
import org.citysim.sim.event.Channel;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.kernel.Priorities;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.scenario.TrafficSpec;
import org.citysim.sim.signal.SignalState;
import org.citysim.sim.signal.SignalTimings;

/**
 * The event-driven link queue model.
 *
 * <p>Each link is a FIFO queue. A vehicle that enters link {@code l} at {@code t} may leave it
 * at {@code t + length/freeSpeed} at the earliest (free-flow traversal), plus the time to cross
 * the junction into {@code l} when the movement it came by has one ({@link
 * RoadNetwork#crossingTime}, SUMO's internal lanes). It leaves when it is at the head of the
 * queue and
 * <ul>
 *   <li>the exit's flow capacity allows: exits are at least {@code 3600/capacity} s apart;
 *   <li>its movement onto the next link is green ({@link SignalState}: fixed-time plans, or
 *       whatever a controller set; a change wakes the node's incoming links);
 *   <li>the next link has storage left: vehicles on it plus holes still travelling upstream are
 *       fewer than its storage capacity (spillback). A vehicle blocked this way for
 *       {@code stuckTime} goes anyway, so gridlock cannot freeze a run (as MATSim does).
 * </ul>
 * When a vehicle leaves a link, the space it frees reaches the link's upstream end after
 * {@code length/holeSpeed} (a "hole" moving backwards at the jam wave speed), which gives the
 * congested branch of a triangular fundamental diagram. Storage is raised where needed so a link
 * can carry its capacity in free flow with holes in transit: {@code q * L * (1/v_f + 1/v_h)}, as
 * in MATSim's QSim with holes, plus {@code q * t_c} for the vehicles crossing the junction into
 * it (the longest crossing time {@code t_c} of its incoming movements).
 *
 * <p>A link with several lane groups ({@link RoadNetwork#laneGroupCount()}: lanes that serve
 * different movements, such as an exclusive turn lane) has one such queue per group, each with
 * its share of the link's lanes in flow capacity and storage; a vehicle joins, when it enters
 * the link, the group of the movement it will take next (the largest group if the trip ends on
 * the link). So a queue for one movement does not hold up vehicles bound elsewhere in other
 * lanes, as in SUMO, where each lane is a queue of its own. A link without lane information
 * has one group, and the model is then exactly the one-queue-per-link model above.
 *
 * <p>Vehicles whose first link is full wait in an insertion queue at the origin, in departure
 * order. A trip marked to be routed on entry gets its route from {@link EntryRouting} at the
 * moment it enters its first link (for instance on {@link #currentTravelTime}). A vehicle
 * arrives when it reaches the head of its last link at or after its free-flow exit time;
 * arrivals use no exit capacity and no signal.
 *
 * <p>Events: one head-of-link event per vehicle and link, plus wake-ups when a blocked exit may
 * move (green starts, a hole arrives, an exit slot frees). Stale wake-ups are recognised by
 * their time and skipped.
 *
 * <p>Incidents and closures ({@link #setCapacityFraction}) scale a link's exit flow capacity
 * (every lane group alike); at 0 the link is closed: nobody leaves it onward (arrivals at its
 * end still happen) and nobody enters it, not even past the stuck time, so vehicles behind a
 * closure wait until it opens or until they are rerouted ({@link #reroute}). A closed link
 * schedules nothing, so a run with a closure that never opens still ends at its end time.
 */
public final class QueueTrafficModel {
  /**
   * Time constant with which the smoothed travel time of an empty link returns to free flow
   * [s]; see {@link LinkTravelTimes#FORGET}.
   */
  static final double FORGET = LinkTravelTimes.FORGET;
  /**
   * Travel time reported for a closed link [s] (about 11.6 days): finite, so shortest paths
   * stay well defined, and larger than any route through open links, so a route on current
   * travel times uses a closed link only when there is no other way.
   */
  public static final double CLOSED_TRAVEL_TIME = 1e6;

  private final Kernel kernel;
  private final RoadNetwork net;
  private final SignalState signals;
  private final TripTable trips;
  private final double stuckTime;
  private EntryRouting entryRouting;

  // The model's state and bookkeeping are in its parts (see their class comments); this class
  // decides when vehicles depart, enter and leave.
  /** Per lane group ("queue"); a link without lane information has one, with its own index. */
  private final LaneGroups groups;
  /** Per vehicle: trips first, then service vehicles (grown as they are added). */
  private final Vehicles vehicles;
  /** Per link: the travel times that routing on current conditions sees. */
  private final LinkTravelTimes times;
  /** Heads and insertion queues waiting for space, and their pending wake-ups. */
  private final Wakeups wakeups;
  /** Vehicles entering and leaving lane groups, with the trip counts and link events. */
  private final Traversals traversals;
  /** Per link: the open share of its exit flow capacity (incidents, closures). */
  private final LinkClosures closures;

  // Departures and insertion.
  /** Per link: vehicles that departed and wait to enter it as their first link, in order. */
  private final IntRing[] insertQueue;
  private final int departHandler;
  private final Channel<VehicleDeparted> departed;
  private int waitingToInsert;
  private int departedCount;
  private int firstDeparture;

  /**
   * Sets the model up on {@code kernel} and schedules the first departure.
   *
   * @param kernel  the kernel; its event bus receives this model's events
   * @param net     the network
   * @param signals signal timings of the network's movements
   * @param trips   routed trips
   * @param spec    model parameters
   */
  public QueueTrafficModel(Kernel kernel, RoadNetwork net, SignalTimings signals, TripTable trips,
      TrafficSpec spec) {
    this(kernel, net, new SignalState(net, signals), trips, spec);
  }

  /**
   * Sets the model up on {@code kernel} with signals that controllers may change.
   *
   * @param signals the run's signal state; the model listens to its changes
   */
  public QueueTrafficModel(Kernel kernel, RoadNetwork net, SignalState signals, TripTable trips,
      TrafficSpec spec) {
    this.kernel = kernel;
    this.net = net;
    this.signals = signals;
    this.trips = trips;
    this.stuckTime = spec.stuckTime();
    int links = net.linkCount();
    insertQueue = new IntRing[links];
    times = new LinkTravelTimes(net, kernel.startTime());
    for (int l = 0; l < links; l++) {
      insertQueue[l] = new IntRing(2);
    }
    groups = new LaneGroups(net, spec);
    vehicles = new Vehicles(trips);
    int n = trips.size();
    int headHandler = kernel.register(this::onHead);
    int insertHandler = kernel.register(this::onInsert);
    departHandler = kernel.register(this::onDepart);
    wakeups = new Wakeups(kernel, groups, links, stuckTime, headHandler, insertHandler);
    closures = new LinkClosures(net, groups, wakeups, insertQueue);
    departed = kernel.bus().channel(VehicleDeparted.class);
    traversals = new Traversals(kernel, net, signals, groups, vehicles, times, wakeups);
    signals.listen(this::onSignalsChanged);
    int first = firstDepartureFrom(kernel.startTime());
    firstDeparture = first;
    if (first < n) {
      kernel.schedule(trips.departure(first), Priorities.TRAFFIC, departHandler, first);
    }
  }

  /**
   * Sets how trips marked {@link TripTable#routeOnEntry} are routed when they enter their first
   * link: at each attempt to enter it, so a vehicle that waits to be inserted takes the route
   * of the moment it gets in. Without it they keep their route.
   */
  public void setEntryRouting(EntryRouting routing) {
    this.entryRouting = routing;
  }

  private int firstDepartureFrom(double t) {
    int i = 0;
    while (i < trips.size() && trips.departure(i) < t) {
      i++;
    }
    return i;
  }

  /** Routes {@code v} again if it is routed on entry; its lane group on its first link. */
  private int routeForEntry(int v, int l, double t) {
    if (entryRouting != null && v < vehicles.tripCount && trips.routeOnEntry(v)) {
      int[] r = entryRouting.route(v, t);
      if (r != null && r != trips.route(v)) {
        trips.replaceRoute(v, r, freeFlowTime(r));
      }
    }
    return traversals.queueFor(v, l, 0);
  }

  // ---- departures and insertion ------------------------------------------------------------

  private void onDepart(int v) {
    double t = kernel.now();
    if (v + 1 < trips.size() && trips.departure(v + 1) <= kernel.endTime()) {
      kernel.schedule(trips.departure(v + 1), Priorities.TRAFFIC, departHandler, v + 1);
    }
    departedCount++;
    if (departed.active()) {
      departed.publish(new VehicleDeparted(t, v));
    }
    int l = trips.route(v)[0];
    if (insertQueue[l].isEmpty()) {
      int q = routeForEntry(v, l, t);
      if (groups.hasSpace(q, t)) {
        traversals.enter(v, l, q, t, true, 0);
        return;
      }
      insertQueue[l].add(v);
      waitingToInsert++;
      wakeups.waitForSpaceToInsert(l, q, t);
    } else {
      insertQueue[l].add(v);
      waitingToInsert++;
      wakeups.waitForSpaceToInsert(l, traversals.queueFor(insertQueue[l].peek(), l, 0), t);
    }
  }

  private void onInsert(int l) {
    double t = kernel.now();
    if (!wakeups.insertDue(l, t)) {
      return; // superseded, like stale head wake-ups
    }
    IntRing iq = insertQueue[l];
    while (!iq.isEmpty()) {
      int v = iq.peek();
      int q = routeForEntry(v, l, t);
      if (!groups.hasSpace(q, t)) {
        wakeups.waitForSpaceToInsert(l, q, t);
        return;
      }
      iq.poll();
      if (v < vehicles.tripCount) {
        waitingToInsert--;
      }
      traversals.enter(v, l, q, t, true, 0);
    }
  }

  /** A controller changed a node's signals: its waiting approaches look again now. */
  private void onSignalsChanged(int node, double t) {
    for (int l : net.inLinks(node)) {
      for (int q = net.laneGroupStart(l); q < net.laneGroupEnd(l); q++) {
        if (!groups.queue[q].isEmpty()) {
          wakeups.requestWake(q, t);
        }
      }
    }
  }

  // ---- link heads --------------------------------------------------------------------------

  private void onHead(int q) {
    double t = kernel.now();
    if (!wakeups.headDue(q, t)) {
      return; // superseded by an earlier wake-up that already handled this queue
    }
    serveHead(q, t);
  }

  private void serveHead(int q, double t) {
    IntRing vs = groups.queue[q];
    int l = groups.linkOf[q];
    while (!vs.isEmpty()) {
      int v = vs.peek();
      if (vehicles.earliestExit[v] > t) {
        wakeups.requestWake(q, vehicles.earliestExit[v]);
        return;
      }
      int[] route = vehicles.route(v);
      int pos = vehicles.routePos[v];
      if (pos == route.length - 1) {
        vs.poll();
        vehicles.routePos[v] = ARRIVED;
        traversals.leave(v, q, t, true);
        if (v >= vehicles.tripCount) {
          // Told after this queue is served: what the listener does may add vehicles.
          kernel.schedule(t, Priorities.CONTROL, vehicles.arrival(v));
        }
        continue;
      }
      if (t < groups.nextSlot[q]) {
        wakeups.requestWake(q, groups.nextSlot[q]);
        return;
      }
      int next = route[pos + 1];
      int m = net.movementIndex(l, next);
      double green = signals.nextGreen(m, t);
      if (green > t) {
        // The stuck clock keeps running through red: were it reset at every red, a gridlock
        // behind a signal whose green is shorter than stuckTime would never be broken.
        wakeups.requestWake(q, green);
        return;
      }
      int into = traversals.queueFor(v, next, pos + 1);
      if (!groups.hasSpace(into, t)) {
        if (Double.isNaN(groups.blockedSince[q])) {
          groups.blockedSince[q] = t;
        }
        // Same expression as the wake-up time in Wakeups.waitForSpace: t - since < stuckTime can
        // still hold at t = since + stuckTime after rounding, which would re-wake at t forever.
        if (t < groups.blockedSince[q] + stuckTime || groups.accept[into] == 0) {
          wakeups.waitForSpace(q, into, t);
          return;
        }
      }
      groups.blockedSince[q] = Double.NaN;
      vs.poll();
      groups.nextSlot[q] = t + groups.headway[q];
      traversals.leave(v, q, t, false);
      vehicles.routePos[v] = pos + 1;
      traversals.enter(v, next, into, t, false, net.crossingTime(m));
    }
  }

  private double freeFlowTime(int[] route) {
    return net.freeFlowTime(route);
  }

  // ---- service vehicles ----------------------------------------------------------------------

  /**
   * Adds a service vehicle (a response unit) now, on {@code route}, which must follow allowed
   * movements. It is a vehicle like the trips' (it waits to be inserted, queues, obeys signals
   * and capacity, takes storage, and its traversals feed {@link #currentTravelTime}; it passes
   * only vehicles that a closure holds, and the queue on its last link: see {@link
   * Traversals#passQueue}), but it is not a trip: it publishes no events and counts in none of
   * the trip counts ({@link #arrived()}, {@link #vehiclesInNetwork()}, {@link #traversals()},
   * ...), so sensors, emissions and trip statistics do not see it. {@code onArrival} runs at the
   * time it reaches the end of its last link, as an event of its own.
   *
   * @param route     link indices, at least one
   * @param onArrival told when it arrives
   * @return the vehicle's index ({@code >=} the trip count)
   */
  public int addServiceVehicle(int[] route, Runnable onArrival) {
    if (route.length == 0) {
      throw new IllegalArgumentException("a service vehicle needs at least one link");
    }
    for (int i = 0; i + 1 < route.length; i++) {
      if (net.movementIndex(route[i], route[i + 1]) < 0) {
        throw new IllegalArgumentException("no movement from link " + route[i] + " to "
            + route[i + 1]);
      }
    }
    int v = vehicles.addService(route, onArrival);
    double t = kernel.now();
    int l = route[0];
    int q = traversals.queueFor(v, l, 0);
    if (insertQueue[l].isEmpty() && groups.hasSpace(q, t)) {
      traversals.enter(v, l, q, t, true, 0);
      return v;
    }
    insertQueue[l].add(v);
    wakeups.waitForSpaceToInsert(l, traversals.queueFor(insertQueue[l].peek(), l, 0), t);
    return v;
  }

  // ---- incidents and closures --------------------------------------------------------------

  /**
   * Sets the share of link {@code l}'s exit flow capacity that is open, now: an incident that
   * blocks lanes lowers it, 0 closes the link, 1 opens it fully again. Exits already allowed
   * keep their time; the next one follows at the new headway. While closed, nobody leaves the
   * link onward or enters it (see the class comment). When capacity returns, the link's head
   * and every queue or insertion waiting for space on it look again now, and the stuck clock
   * of those that waited for it starts again.
   *
   * @param l        link index
   * @param fraction open share of the capacity [0..1]
   */
  public void setCapacityFraction(int l, double fraction) {
    closures.set(l, fraction, kernel.now());
  }

  /** Open share of link {@code l}'s exit flow capacity [0..1]; 0 when closed. */
  public double capacityFraction(int l) {
    return closures.fraction(l);
  }

  /** Whether link {@code l} is closed ({@link #capacityFraction} 0). */
  public boolean isClosed(int l) {
    return closures.isClosed(l);
  }

  /**
   * Index in its route of the link vehicle {@code v} is on or waits to enter (0 while it waits
   * to be inserted), or -1 when it is not in the network: not departed yet, or arrived.
   */
  public int routePosition(int v) {
    if (vehicles.routePos[v] == ARRIVED) {
      return -1;
    }
    if (Double.isNaN(vehicles.enteredAt[v]) && v >= vehicles.tripCount) {
      return 0; // added, waiting to be inserted
    }
    if (Double.isNaN(vehicles.enteredAt[v])) {
      // Trips depart in index order, so the first departedCount ones since the start have.
      return v >= firstDeparture && v < firstDeparture + departedCount ? 0 : -1;
    }
    return vehicles.routePos[v];
  }

  /** Whether vehicle {@code v} is on a link now (not waiting to be inserted, not arrived). */
  public boolean onLink(int v) {
    return vehicles.routePos[v] != ARRIVED && !Double.isNaN(vehicles.enteredAt[v]);
  }

  /**
   * Replaces the rest of vehicle {@code v}'s route after the link it is on by {@code rest},
   * which starts with that link and ends with the trip's last link; before insertion it
   * replaces the whole route but the first link. It takes effect at the next junction. A
   * vehicle keeps the lane group it is in (a late lane change at the stop line); when it is the
   * head of its queue, the queue looks again now, with its stuck clock started again.
   *
   * @param v    vehicle index, in the network ({@link #routePosition} &gt;= 0)
   * @param rest links from the current one to the trip's last one (not modified afterwards)
   */
  public void reroute(int v, int[] rest) {
    int pos = routePosition(v);
    if (pos < 0) {
      throw new IllegalStateException("vehicle " + v + " is not in the network");
    }
    if (v >= vehicles.tripCount) {
      throw new IllegalArgumentException("service vehicle " + v + " keeps its route");
    }
    int[] old = trips.route(v);
    if (rest.length == 0 || rest[0] != old[pos]) {
      throw new IllegalArgumentException("a new route must start with the current link");
    }
    int[] route = new int[pos + rest.length];
    System.arraycopy(old, 0, route, 0, pos);
    System.arraycopy(rest, 0, route, pos, rest.length);
    trips.reroute(v, route, freeFlowTime(route));
    if (onLink(v)) {
      int l = old[pos];
      for (int q = net.laneGroupStart(l); q < net.laneGroupEnd(l); q++) {
        if (!groups.queue[q].isEmpty() && groups.queue[q].peek() == v) {
          groups.blockedSince[q] = Double.NaN;
          wakeups.requestWake(q, kernel.now());
        }
      }
    }
  }

  /**
   * Vehicles held by closed links now [veh]: those on a closed link and those in queues or
   * insertion queues whose head waits to enter one. A scan over the network, for reports.
   */
  public int vehiclesHeldByClosures() {
    return closures.vehiclesHeld();
  }

  // ---- state for observers -----------------------------------------------------------------

  /** Vehicles on link {@code l} now [veh]. */
  public int occupancy(int l) {
    return groups.vehicles(l);
  }

  /** Vehicles on link {@code l} past their free-flow exit time at {@code t} (queued) [veh]. */
  public int queueLength(int l, double t) {
    int n = 0;
    for (int g = net.laneGroupStart(l); g < net.laneGroupEnd(l); g++) {
      IntRing q = groups.queue[g];
      for (int i = 0; i < q.size(); i++) {
        if (vehicles.earliestExit[q.get(i)] <= t) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Current travel time estimate of link {@code l} [s], now, for routing on current
   * conditions: the larger of the smoothed travel time of the vehicles that recently left it
   * (exponential smoothing, weight 0.2) and the time its exit needs to discharge the vehicles
   * now on it ({@code occupancy * 3600 / capacity}; with several lane groups, the longest of
   * theirs), and never below free flow. The second term reacts at once when a link is blocked
   * and nobody leaves it. While the link is empty, the first term returns to free flow with
   * time constant {@link #FORGET}: nobody leaves an empty link to update it, and a jam long
   * gone would otherwise keep every route away from it for good. With part of its capacity
   * blocked ({@link #setCapacityFraction}) the discharge term uses the reduced capacity; a
   * closed link reports {@link #CLOSED_TRAVEL_TIME}.
   */
  public double currentTravelTime(int l) {
    if (closures.isClosed(l)) {
      return CLOSED_TRAVEL_TIME;
    }
    return Math.max(Math.max(times.smoothed(l, kernel.now()), times.freeFlow(l)),
        groups.dischargeTime(l));
  }

  /** Effective storage capacity of link {@code l} used by the model, over its lane groups [veh]. */
  public double storage(int l) {
    return groups.storage(l);
  }

  /** Vehicles on links now [veh]. */
  public int vehiclesInNetwork() {
    return traversals.inNetwork();
  }

  /** Vehicles that departed but wait to enter their first link [veh]. */
  public int vehiclesWaitingToInsert() {
    return waitingToInsert;
  }

  /** Vehicles that arrived so far. */
  public int arrived() {
    return traversals.arrived();
  }

  /** Vehicles that entered their first link so far. */
  public int inserted() {
    return traversals.inserted();
  }

  /** Vehicles whose departure time has come so far. */
  public int departed() {
    return departedCount;
  }

  /** Vehicle-link traversals completed so far. */
  public long traversals() {
    return traversals.traversals();
  }

  /** Traversals of link {@code l} completed so far (onward or arriving at its end). */
  public long traversals(int l) {
    return traversals.traversals(l);
  }

  /** The trips this model runs. */
  public TripTable trips() {
    return trips;
  }
}
