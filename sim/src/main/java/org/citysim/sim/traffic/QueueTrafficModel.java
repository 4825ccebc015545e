package org.citysim.sim.traffic;

import java.util.Arrays;
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
  /** Weight of the latest traversal in the smoothed link travel time. */
  private static final double SMOOTHING = 0.2;
  /**
   * Time constant with which the smoothed travel time of an empty link returns to free flow
   * [s]: 90 s, the mean age of the samples in SUMO's 180 s moving average of edge speeds
   * ({@code device.rerouting.adaptation-steps} 180 at an interval of 1 s), in which an empty
   * edge counts at its speed limit.
   */
  static final double FORGET = 90.0;
  /**
   * Travel time reported for a closed link [s] (about 11.6 days): finite, so shortest paths
   * stay well defined, and larger than any route through open links, so a route on current
   * travel times uses a closed link only when there is no other way.
   */
  public static final double CLOSED_TRAVEL_TIME = 1e6;
  /** How often a service vehicle held behind a closure looks for a way past again [s]. */
  static final double PASS_RETRY = 10.0;
  /** {@code routePos} of a vehicle that arrived. */
  private static final int ARRIVED = -1;

  private final Kernel kernel;
  private final RoadNetwork net;
  private final SignalState signals;
  private final TripTable trips;
  private final double stuckTime;
  private EntryRouting entryRouting;

  // Per link.
  private final IntRing[] insertQueue;
  private final double[] freeFlow;
  private final double[] recentTravelTime;
  private final double[] emptySince;
  private final int[] onLink;
  private final double[] insertWake;
  private final int[] insertWaitingOn;
  private final long[] linkTraversals;
  /** Share of the exit flow capacity open [0..1]; 0 closes the link (incidents, closures). */
  private final double[] capacityFraction;
  private final int links;

  // Per lane group ("queue"); a link without lane information has one, with its own index.
  private final IntRing[] queue;
  private final DoubleRing[] holes;
  private final IntRing[] waiters;
  private final double[] holeDelay;
  private final double[] headway;
  private final double[] fullHeadway;
  private final double[] storage;
  /** Storage a vehicle may enter into: {@code storage}, or 0 while the link is closed. */
  private final double[] accept;
  private final double[] nextSlot;
  private final double[] wake;
  private final double[] blockedSince;
  private final int[] waitingOn;
  private final int[] linkOf;
  private final int queues;

  // Per vehicle: trips first, then service vehicles (grown as they are added).
  private int[] routePos;
  /** When the vehicle entered its current link [s]; NaN before it entered its first. */
  private double[] enteredAt;
  private double[] earliestExit;
  /** Vehicles of the trip table; indices from here on are service vehicles. */
  private final int tripCount;
  private final ServiceVehicles services = new ServiceVehicles();

  private final int headHandler;
  private final int insertHandler;
  private final int departHandler;
  private final Channel<VehicleDeparted> departed;
  private final Channel<LinkEntered> entered;
  private final Channel<LinkExited> exited;

  private long traversals;
  private int inNetwork;
  private int waitingToInsert;
  private int arrivedCount;
  private int insertedCount;
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
    this.links = net.linkCount();
    this.queues = net.laneGroupCount();
    insertQueue = new IntRing[links];
    freeFlow = new double[links];
    recentTravelTime = new double[links];
    emptySince = new double[links];
    onLink = new int[links];
    insertWake = new double[links];
    insertWaitingOn = new int[links];
    linkTraversals = new long[links];
    capacityFraction = new double[links];
    Arrays.fill(capacityFraction, 1.0);
    for (int l = 0; l < links; l++) {
      freeFlow[l] = net.length(l) / net.freeSpeed(l);
      recentTravelTime[l] = freeFlow[l];
      emptySince[l] = kernel.startTime();
      insertQueue[l] = new IntRing(2);
    }
    queue = new IntRing[queues];
    holes = new DoubleRing[queues];
    waiters = new IntRing[queues];
    holeDelay = new double[queues];
    headway = new double[queues];
    fullHeadway = new double[queues];
    storage = new double[queues];
    accept = new double[queues];
    nextSlot = new double[queues];
    wake = new double[queues];
    blockedSince = new double[queues];
    waitingOn = new int[queues];
    linkOf = new int[queues];
    boolean withHoles = spec.holeSpeed() > 0;
    for (int q = 0; q < queues; q++) {
      int l = net.laneGroupLink(q);
      linkOf[q] = l;
      double share = (double) net.laneGroupLanes(q) / net.lanes(l);
      double len = net.length(l);
      double vf = net.freeSpeed(l);
      double qPerS = net.capacity(l) / 3600.0 * share;
      holeDelay[q] = withHoles ? len / spec.holeSpeed() : 0;
      headway[q] = 1.0 / qPerS;
      fullHeadway[q] = headway[q];
      // Vehicles in transit: crossing into the link, driving it, and the holes they leave.
      double needed = qPerS * len * (1 / vf + (withHoles ? 1 / spec.holeSpeed() : 0))
          + qPerS * net.maxCrossingTimeInto(l);
      storage[q] = Math.max(Math.max(net.storage(l) * share, needed), 1.0);
      accept[q] = storage[q];
      queue[q] = new IntRing(8);
      holes[q] = new DoubleRing();
      waiters[q] = new IntRing(4);
    }
    Arrays.fill(nextSlot, Double.NEGATIVE_INFINITY);
    Arrays.fill(wake, Double.POSITIVE_INFINITY);
    Arrays.fill(insertWake, Double.POSITIVE_INFINITY);
    Arrays.fill(blockedSince, Double.NaN);
    Arrays.fill(waitingOn, -1);
    Arrays.fill(insertWaitingOn, -1);
    int n = trips.size();
    tripCount = n;
    routePos = new int[n];
    enteredAt = new double[n];
    earliestExit = new double[n];
    Arrays.fill(enteredAt, Double.NaN);
    headHandler = kernel.register(this::onHead);
    insertHandler = kernel.register(this::onInsert);
    departHandler = kernel.register(this::onDepart);
    departed = kernel.bus().channel(VehicleDeparted.class);
    entered = kernel.bus().channel(LinkEntered.class);
    exited = kernel.bus().channel(LinkExited.class);
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

  /** The route of vehicle {@code v}: its trip's, or a service vehicle's. */
  private int[] route(int v) {
    return v < tripCount ? trips.route(v) : services.route(v - tripCount);
  }

  /** Lane group that vehicle {@code v} joins on link {@code l}, the link at {@code pos}. */
  private int queueFor(int v, int l, int pos) {
    int[] route = route(v);
    return pos == route.length - 1 ? net.arrivalLaneGroup(l)
        : net.movementLaneGroup(net.movementIndex(l, route[pos + 1]));
  }

  /** Routes {@code v} again if it is routed on entry; its lane group on its first link. */
  private int routeForEntry(int v, int l, double t) {
    if (entryRouting != null && v < tripCount && trips.routeOnEntry(v)) {
      int[] r = entryRouting.route(v, t);
      if (r != null && r != trips.route(v)) {
        trips.replaceRoute(v, r, freeFlowTime(r));
      }
    }
    return queueFor(v, l, 0);
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
      if (hasSpace(q, t)) {
        enter(v, l, q, t, true, 0);
        return;
      }
      insertQueue[l].add(v);
      waitingToInsert++;
      waitForSpaceToInsert(l, q, t);
    } else {
      insertQueue[l].add(v);
      waitingToInsert++;
      waitForSpaceToInsert(l, queueFor(insertQueue[l].peek(), l, 0), t);
    }
  }

  private void onInsert(int l) {
    double t = kernel.now();
    if (t != insertWake[l]) {
      return; // superseded, like stale head wake-ups
    }
    insertWake[l] = Double.POSITIVE_INFINITY;
    insertWaitingOn[l] = -1;
    IntRing iq = insertQueue[l];
    while (!iq.isEmpty()) {
      int v = iq.peek();
      int q = routeForEntry(v, l, t);
      if (!hasSpace(q, t)) {
        waitForSpaceToInsert(l, q, t);
        return;
      }
      iq.poll();
      if (v < tripCount) {
        waitingToInsert--;
      }
      enter(v, l, q, t, true, 0);
    }
  }

  /** The head of link {@code l}'s insertion queue waits for space in lane group {@code q}. */
  private void waitForSpaceToInsert(int l, int q, double t) {
    if (insertWaitingOn[l] != q) {
      insertWaitingOn[l] = q;
      waiters[q].add(queues + l);
    }
    if (!holes[q].isEmpty()) {
      requestInsert(l, Math.max(t, holes[q].peek()));
    }
  }

  /** Schedules an insertion attempt on link {@code l}, at most one pending per link. */
  private void requestInsert(int l, double time) {
    if (time < insertWake[l]) {
      insertWake[l] = time;
      kernel.schedule(time, Priorities.TRAFFIC, insertHandler, l);
    }
  }

  /** A controller changed a node's signals: its waiting approaches look again now. */
  private void onSignalsChanged(int node, double t) {
    for (int l : net.inLinks(node)) {
      for (int q = net.laneGroupStart(l); q < net.laneGroupEnd(l); q++) {
        if (!queue[q].isEmpty()) {
          requestWake(q, t);
        }
      }
    }
  }

  // ---- link heads --------------------------------------------------------------------------

  private void onHead(int q) {
    double t = kernel.now();
    if (t != wake[q]) {
      return; // superseded by an earlier wake-up that already handled this queue
    }
    wake[q] = Double.POSITIVE_INFINITY;
    serveHead(q, t);
  }

  private void serveHead(int q, double t) {
    IntRing vs = queue[q];
    int l = linkOf[q];
    while (!vs.isEmpty()) {
      int v = vs.peek();
      if (earliestExit[v] > t) {
        requestWake(q, earliestExit[v]);
        return;
      }
      int[] route = route(v);
      int pos = routePos[v];
      if (pos == route.length - 1) {
        vs.poll();
        routePos[v] = ARRIVED;
        leave(v, q, t, true);
        if (v >= tripCount) {
          // Told after this queue is served: what the listener does may add vehicles.
          kernel.schedule(t, Priorities.CONTROL, services.arrival(v - tripCount));
        }
        continue;
      }
      if (t < nextSlot[q]) {
        requestWake(q, nextSlot[q]);
        return;
      }
      int next = route[pos + 1];
      int m = net.movementIndex(l, next);
      double green = signals.nextGreen(m, t);
      if (green > t) {
        // The stuck clock keeps running through red: were it reset at every red, a gridlock
        // behind a signal whose green is shorter than stuckTime would never be broken.
        requestWake(q, green);
        return;
      }
      int into = queueFor(v, next, pos + 1);
      if (!hasSpace(into, t)) {
        if (Double.isNaN(blockedSince[q])) {
          blockedSince[q] = t;
        }
        // Same expression as the wake-up time in waitForSpace: t - since < stuckTime can still
        // hold at t = since + stuckTime after rounding, which would re-wake at t forever.
        if (t < blockedSince[q] + stuckTime || accept[into] == 0) {
          waitForSpace(q, into, t);
          return;
        }
      }
      blockedSince[q] = Double.NaN;
      vs.poll();
      nextSlot[q] = t + headway[q];
      leave(v, q, t, false);
      routePos[v] = pos + 1;
      enter(v, next, into, t, false, net.crossingTime(m));
    }
  }

  private void waitForSpace(int q, int into, double t) {
    if (waitingOn[q] != into) {
      waitingOn[q] = into;
      waiters[into].add(q);
    }
    if (!holes[into].isEmpty()) {
      requestWake(q, Math.max(t, holes[into].peek()));
    }
    if (accept[into] > 0) {
      // Behind a closed link only its opening wakes this queue (no stuck time: it is no jam).
      requestWake(q, blockedSince[q] + stuckTime);
    }
  }

  private void requestWake(int q, double time) {
    if (time < wake[q]) {
      wake[q] = time;
      kernel.schedule(time, Priorities.TRAFFIC, headHandler, q);
    }
  }

  private boolean hasSpace(int q, double t) {
    DoubleRing h = holes[q];
    while (!h.isEmpty() && h.peek() <= t) {
      h.poll();
    }
    return queue[q].size() + h.size() < accept[q];
  }

  /**
   * {@code v} enters lane group {@code q} of link {@code l}; {@code crossing} is the time it
   * needs to cross the junction into {@code l} first (0 on insertion).
   */
  private void enter(int v, int l, int q, double t, boolean first, double crossing) {
    if (onLink[l] == 0) {
      recentTravelTime[l] = smoothedTravelTime(l, t); // keep what was forgotten while empty
    }
    onLink[l]++;
    IntRing vs = queue[q];
    enteredAt[v] = t;
    earliestExit[v] = t + freeFlow[l] + crossing;
    vs.add(v);
    if (v < tripCount) {
      inNetwork++;
      if (first) {
        insertedCount++;
      }
      if (entered.active()) {
        entered.publish(new LinkEntered(t, v, l, first));
      }
    }
    if (vs.size() == 1) {
      requestWake(q, earliestExit[v]);
    } else if (v >= tripCount) {
      kernel.schedule(earliestExit[v], Priorities.TRAFFIC, () -> passQueue(v, q));
    }
  }

  private void leave(int v, int q, double t, boolean arrived) {
    int l = linkOf[q];
    recentTravelTime[l] += SMOOTHING * (t - enteredAt[v] - recentTravelTime[l]);
    if (--onLink[l] == 0) {
      emptySince[l] = t;
    }
    if (v < tripCount) {
      traversals++;
      linkTraversals[l]++;
      inNetwork--;
      if (arrived) {
        arrivedCount++;
      }
      if (exited.active()) {
        exited.publish(new LinkExited(t, v, l, enteredAt[v], arrived));
      }
    }
    double free = t + holeDelay[q];
    if (holeDelay[q] > 0) {
      holes[q].add(free);
    }
    IntRing w = waiters[q];
    while (!w.isEmpty()) {
      int u = w.poll();
      if (u >= queues) {
        insertWaitingOn[u - queues] = -1;
        requestInsert(u - queues, free);
      } else {
        waitingOn[u] = -1;
        requestWake(u, free);
      }
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
   * #passQueue}), but it is
   * not a trip: it publishes no events and counts in none of the trip counts ({@link
   * #arrived()}, {@link #vehiclesInNetwork()}, {@link #traversals()}, ...), so sensors, emissions
   * and trip statistics do not see it. {@code onArrival} runs at the time it reaches the end of
   * its last link, as an event of its own.
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
    int v = tripCount + services.add(route, onArrival);
    if (v >= routePos.length) {
      int size = Math.max(v + 1, routePos.length + routePos.length / 4 + 4);
      routePos = Arrays.copyOf(routePos, size);
      earliestExit = Arrays.copyOf(earliestExit, size);
      int old = enteredAt.length;
      enteredAt = Arrays.copyOf(enteredAt, size);
      Arrays.fill(enteredAt, old, size, Double.NaN);
    }
    double t = kernel.now();
    int l = route[0];
    int q = queueFor(v, l, 0);
    if (insertQueue[l].isEmpty() && hasSpace(q, t)) {
      enter(v, l, q, t, true, 0);
      return v;
    }
    insertQueue[l].add(v);
    waitForSpaceToInsert(l, queueFor(insertQueue[l].peek(), l, 0), t);
    return v;
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
    int pos = routePos[v];
    int[] route = route(v);
    if (pos == ARRIVED || route[pos] != linkOf[q] || queue[q].peek() == v) {
      return; // moved on, or the head: served as usual
    }
    double t = kernel.now();
    if (pos == route.length - 1) {
      queue[q].remove(v);
      routePos[v] = ARRIVED;
      leave(v, q, t, true);
      kernel.schedule(t, Priorities.CONTROL, services.arrival(v - tripCount));
      return;
    }
    int w = waitingOn[q];
    if (w < 0 || accept[w] != 0) {
      return; // an ordinary queue: it waits its turn like everybody
    }
    int next = route[pos + 1];
    int m = net.movementIndex(linkOf[q], next);
    int into = queueFor(v, next, pos + 1);
    if (signals.nextGreen(m, t) > t || !hasSpace(into, t)) {
      kernel.schedule(t + PASS_RETRY, Priorities.TRAFFIC, () -> passQueue(v, q));
      return;
    }
    queue[q].remove(v);
    leave(v, q, t, false);
    routePos[v] = pos + 1;
    enter(v, next, into, t, false, net.crossingTime(m));
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
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("capacity fraction must be in [0, 1], got " + fraction);
    }
    double old = capacityFraction[l];
    if (fraction == old) {
      return;
    }
    capacityFraction[l] = fraction;
    double t = kernel.now();
    for (int q = net.laneGroupStart(l); q < net.laneGroupEnd(l); q++) {
      double h = fraction == 0 ? Double.POSITIVE_INFINITY : fullHeadway[q] / fraction;
      if (old == 0) {
        nextSlot[q] = t; // the last exit before the closure is long enough ago
      } else if (fraction == 0) {
        nextSlot[q] = Double.POSITIVE_INFINITY;
      } else if (nextSlot[q] != Double.NEGATIVE_INFINITY) {
        nextSlot[q] += h - headway[q];
      }
      headway[q] = h;
      accept[q] = fraction == 0 ? 0 : storage[q];
      if (fraction > 0) {
        if (!queue[q].isEmpty()) {
          requestWake(q, t);
        }
        if (old == 0) {
          wakeWaiters(q, t);
        }
      }
    }
  }

  private void wakeWaiters(int q, double t) {
    IntRing w = waiters[q];
    while (!w.isEmpty()) {
      int u = w.poll();
      if (u >= queues) {
        insertWaitingOn[u - queues] = -1;
        requestInsert(u - queues, t);
      } else {
        waitingOn[u] = -1;
        blockedSince[u] = Double.NaN;
        requestWake(u, t);
      }
    }
  }

  /** Open share of link {@code l}'s exit flow capacity [0..1]; 0 when closed. */
  public double capacityFraction(int l) {
    return capacityFraction[l];
  }

  /** Whether link {@code l} is closed ({@link #capacityFraction} 0). */
  public boolean isClosed(int l) {
    return capacityFraction[l] == 0;
  }

  /**
   * Index in its route of the link vehicle {@code v} is on or waits to enter (0 while it waits
   * to be inserted), or -1 when it is not in the network: not departed yet, or arrived.
   */
  public int routePosition(int v) {
    if (routePos[v] == ARRIVED) {
      return -1;
    }
    if (Double.isNaN(enteredAt[v]) && v >= tripCount) {
      return 0; // added, waiting to be inserted
    }
    if (Double.isNaN(enteredAt[v])) {
      // Trips depart in index order, so the first departedCount ones since the start have.
      return v >= firstDeparture && v < firstDeparture + departedCount ? 0 : -1;
    }
    return routePos[v];
  }

  /** Whether vehicle {@code v} is on a link now (not waiting to be inserted, not arrived). */
  public boolean onLink(int v) {
    return routePos[v] != ARRIVED && !Double.isNaN(enteredAt[v]);
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
    if (v >= tripCount) {
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
        if (!queue[q].isEmpty() && queue[q].peek() == v) {
          blockedSince[q] = Double.NaN;
          requestWake(q, kernel.now());
        }
      }
    }
  }

  /**
   * Vehicles held by closed links now [veh]: those on a closed link and those in queues or
   * insertion queues whose head waits to enter one. A scan over the network, for reports.
   */
  public int vehiclesHeldByClosures() {
    int n = 0;
    for (int q = 0; q < queues; q++) {
      int w = waitingOn[q];
      if (capacityFraction[linkOf[q]] == 0 || (w >= 0 && accept[w] == 0)) {
        n += queue[q].size();
      }
    }
    for (int l = 0; l < links; l++) {
      int w = insertWaitingOn[l];
      if (w >= 0 && accept[w] == 0) {
        n += insertQueue[l].size();
      }
    }
    return n;
  }



  // ---- state for observers -----------------------------------------------------------------

  /** Vehicles on link {@code l} now [veh]. */
  public int occupancy(int l) {
    int n = 0;
    for (int q = net.laneGroupStart(l); q < net.laneGroupEnd(l); q++) {
      n += queue[q].size();
    }
    return n;
  }

  /** Vehicles on link {@code l} past their free-flow exit time at {@code t} (queued) [veh]. */
  public int queueLength(int l, double t) {
    int n = 0;
    for (int g = net.laneGroupStart(l); g < net.laneGroupEnd(l); g++) {
      IntRing q = queue[g];
      for (int i = 0; i < q.size(); i++) {
        if (earliestExit[q.get(i)] <= t) {
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
    if (capacityFraction[l] == 0) {
      return CLOSED_TRAVEL_TIME;
    }
    double discharge = 0;
    for (int q = net.laneGroupStart(l); q < net.laneGroupEnd(l); q++) {
      discharge = Math.max(discharge, queue[q].size() * headway[q]);
    }
    return Math.max(Math.max(smoothedTravelTime(l, kernel.now()), freeFlow[l]), discharge);
  }

  /**
   * The smoothed travel time of link {@code l} at {@code t}: that of the recent traversals
   * while vehicles are on it; once it is empty, returning to free flow with time constant
   * {@link #FORGET}, so that an old jam does not keep routes away from a link nobody uses.
   */
  private double smoothedTravelTime(int l, double t) {
    double r = recentTravelTime[l];
    if (onLink[l] > 0 || r <= freeFlow[l]) {
      return r;
    }
    return freeFlow[l] + (r - freeFlow[l]) * Math.exp(-(t - emptySince[l]) / FORGET);
  }

  /** Effective storage capacity of link {@code l} used by the model, over its lane groups [veh]. */
  public double storage(int l) {
    double s = 0;
    for (int q = net.laneGroupStart(l); q < net.laneGroupEnd(l); q++) {
      s += storage[q];
    }
    return s;
  }

  /** Vehicles on links now [veh]. */
  public int vehiclesInNetwork() {
    return inNetwork;
  }

  /** Vehicles that departed but wait to enter their first link [veh]. */
  public int vehiclesWaitingToInsert() {
    return waitingToInsert;
  }

  /** Vehicles that arrived so far. */
  public int arrived() {
    return arrivedCount;
  }

  /** Vehicles that entered their first link so far. */
  public int inserted() {
    return insertedCount;
  }

  /** Vehicles whose departure time has come so far. */
  public int departed() {
    return departedCount;
  }

  /** Vehicle-link traversals completed so far. */
  public long traversals() {
    return traversals;
  }

  /** Traversals of link {@code l} completed so far (onward or arriving at its end). */
  public long traversals(int l) {
    return linkTraversals[l];
  }

  /** The trips this model runs. */
  public TripTable trips() {
    return trips;
  }
}
