package org.citysim.sim.traffic;

import java.util.Arrays;
import org.citysim.sim.demand.TripTable;
import org.citysim.sim.event.Channel;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.kernel.Priorities;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.scenario.TrafficSpec;
import org.citysim.sim.signal.SignalTimings;

/**
 * The event-driven link queue model.
 *
 * <p>Each link is a FIFO queue. A vehicle that enters link {@code l} at {@code t} may leave it
 * at {@code t + length/freeSpeed} at the earliest (free-flow traversal). It leaves when it is at
 * the head of the queue and
 * <ul>
 *   <li>the exit's flow capacity allows: exits are at least {@code 3600/capacity} s apart;
 *   <li>its movement onto the next link is green (fixed-time signals);
 *   <li>the next link has storage left: vehicles on it plus holes still travelling upstream are
 *       fewer than its storage capacity (spillback). A vehicle blocked this way for
 *       {@code stuckTime} goes anyway, so gridlock cannot freeze a run (as MATSim does).
 * </ul>
 * When a vehicle leaves a link, the space it frees reaches the link's upstream end after
 * {@code length/holeSpeed} (a "hole" moving backwards at the jam wave speed), which gives the
 * congested branch of a triangular fundamental diagram. Storage is raised where needed so a link
 * can carry its capacity in free flow with holes in transit: {@code q * L * (1/v_f + 1/v_h)}, as
 * in MATSim's QSim with holes.
 *
 * <p>Vehicles whose first link is full wait in an insertion queue at the origin, in departure
 * order. A trip marked to be routed on entry gets its route from {@link EntryRouting} at the
 * moment it enters its first link (for instance on {@link #currentTravelTime}). A vehicle arrives when it reaches the head of its last link at or after its free-flow
 * exit time; arrivals use no exit capacity and no signal.
 *
 * <p>Events: one head-of-link event per vehicle and link, plus wake-ups when a blocked exit may
 * move (green starts, a hole arrives, an exit slot frees). Stale wake-ups are recognised by
 * their time and skipped.
 */
public final class QueueTrafficModel {
  /** Weight of the latest traversal in the smoothed link travel time. */
  private static final double SMOOTHING = 0.2;

  private final Kernel kernel;
  private final RoadNetwork net;
  private final SignalTimings signals;
  private final TripTable trips;
  private final double stuckTime;
  private EntryRouting entryRouting;

  // Per link.
  private final IntRing[] queue;
  private final DoubleRing[] holes;
  private final IntRing[] waiters;
  private final IntRing[] insertQueue;
  private final double[] holeDelay;
  private final double[] headway;
  private final double[] freeFlow;
  private final double[] recentTravelTime;
  private final double[] storage;
  private final double[] nextSlot;
  private final double[] wake;
  private final double[] insertWake;
  private final double[] blockedSince;
  private final int[] waitingOn;
  private final boolean[] insertWaiting;
  private final int links;

  // Per vehicle.
  private final int[] routePos;
  private final double[] enteredAt;
  private final double[] earliestExit;

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
    this.kernel = kernel;
    this.net = net;
    this.signals = signals;
    this.trips = trips;
    this.stuckTime = spec.stuckTime();
    this.links = net.linkCount();
    queue = new IntRing[links];
    holes = new DoubleRing[links];
    waiters = new IntRing[links];
    insertQueue = new IntRing[links];
    holeDelay = new double[links];
    headway = new double[links];
    freeFlow = new double[links];
    recentTravelTime = new double[links];
    storage = new double[links];
    nextSlot = new double[links];
    wake = new double[links];
    insertWake = new double[links];
    blockedSince = new double[links];
    waitingOn = new int[links];
    insertWaiting = new boolean[links];
    for (int l = 0; l < links; l++) {
      double len = net.length(l);
      double vf = net.freeSpeed(l);
      double qPerS = net.capacity(l) / 3600.0;
      boolean withHoles = spec.holeSpeed() > 0;
      holeDelay[l] = withHoles ? len / spec.holeSpeed() : 0;
      headway[l] = 1.0 / qPerS;
      freeFlow[l] = len / vf;
      recentTravelTime[l] = freeFlow[l];
      double needed = qPerS * len * (1 / vf + (withHoles ? 1 / spec.holeSpeed() : 0));
      storage[l] = Math.max(Math.max(net.storage(l), needed), 1.0);
      queue[l] = new IntRing(8);
      holes[l] = new DoubleRing();
      waiters[l] = new IntRing(4);
      insertQueue[l] = new IntRing(2);
    }
    Arrays.fill(nextSlot, Double.NEGATIVE_INFINITY);
    Arrays.fill(wake, Double.POSITIVE_INFINITY);
    Arrays.fill(insertWake, Double.POSITIVE_INFINITY);
    Arrays.fill(blockedSince, Double.NaN);
    Arrays.fill(waitingOn, -1);
    int n = trips.size();
    routePos = new int[n];
    enteredAt = new double[n];
    earliestExit = new double[n];
    headHandler = kernel.register(this::onHead);
    insertHandler = kernel.register(this::onInsert);
    departHandler = kernel.register(this::onDepart);
    departed = kernel.bus().channel(VehicleDeparted.class);
    entered = kernel.bus().channel(LinkEntered.class);
    exited = kernel.bus().channel(LinkExited.class);
    int first = firstDepartureFrom(kernel.startTime());
    if (first < n) {
      kernel.schedule(trips.departure(first), Priorities.TRAFFIC, departHandler, first);
    }
  }

  /**
   * Sets how trips marked {@link TripTable#routeOnEntry} are routed when they enter their first
   * link. Without it they keep their route.
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
    if (insertQueue[l].isEmpty() && hasSpace(l, t)) {
      enter(v, l, t, true);
    } else {
      insertQueue[l].add(v);
      waitingToInsert++;
      waitForSpaceToInsert(l, t);
    }
  }

  private void onInsert(int l) {
    double t = kernel.now();
    if (t != insertWake[l]) {
      return; // superseded, like stale head wake-ups
    }
    insertWake[l] = Double.POSITIVE_INFINITY;
    insertWaiting[l] = false;
    while (!insertQueue[l].isEmpty() && hasSpace(l, t)) {
      waitingToInsert--;
      enter(insertQueue[l].poll(), l, t, true);
    }
    if (!insertQueue[l].isEmpty()) {
      waitForSpaceToInsert(l, t);
    }
  }

  private void waitForSpaceToInsert(int l, double t) {
    if (!insertWaiting[l]) {
      insertWaiting[l] = true;
      waiters[l].add(links + l);
    }
    if (!holes[l].isEmpty()) {
      requestInsert(l, Math.max(t, holes[l].peek()));
    }
  }

  /** Schedules an insertion attempt on link {@code l}, at most one pending per link. */
  private void requestInsert(int l, double time) {
    if (time < insertWake[l]) {
      insertWake[l] = time;
      kernel.schedule(time, Priorities.TRAFFIC, insertHandler, l);
    }
  }

  // ---- link heads --------------------------------------------------------------------------

  private void onHead(int l) {
    double t = kernel.now();
    if (t != wake[l]) {
      return; // superseded by an earlier wake-up that already handled this link
    }
    wake[l] = Double.POSITIVE_INFINITY;
    serveHead(l, t);
  }

  private void serveHead(int l, double t) {
    IntRing q = queue[l];
    while (!q.isEmpty()) {
      int v = q.peek();
      if (earliestExit[v] > t) {
        requestWake(l, earliestExit[v]);
        return;
      }
      int[] route = trips.route(v);
      int pos = routePos[v];
      if (pos == route.length - 1) {
        q.poll();
        leave(v, l, t, true);
        continue;
      }
      if (t < nextSlot[l]) {
        requestWake(l, nextSlot[l]);
        return;
      }
      int next = route[pos + 1];
      int m = net.movementIndex(l, next);
      double green = signals.nextGreen(m, t);
      if (green > t) {
        // The stuck clock keeps running through red: were it reset at every red, a gridlock
        // behind a signal whose green is shorter than stuckTime would never be broken.
        requestWake(l, green);
        return;
      }
      if (!hasSpace(next, t)) {
        if (Double.isNaN(blockedSince[l])) {
          blockedSince[l] = t;
        }
        // Same expression as the wake-up time in waitForSpace: t - since < stuckTime can still
        // hold at t = since + stuckTime after rounding, which would re-wake at t forever.
        if (t < blockedSince[l] + stuckTime) {
          waitForSpace(l, next, t);
          return;
        }
      }
      blockedSince[l] = Double.NaN;
      q.poll();
      nextSlot[l] = t + headway[l];
      leave(v, l, t, false);
      routePos[v] = pos + 1;
      enter(v, next, t, false);
    }
  }

  private void waitForSpace(int l, int next, double t) {
    if (waitingOn[l] != next) {
      waitingOn[l] = next;
      waiters[next].add(l);
    }
    if (!holes[next].isEmpty()) {
      requestWake(l, Math.max(t, holes[next].peek()));
    }
    requestWake(l, blockedSince[l] + stuckTime);
  }

  private void requestWake(int l, double time) {
    if (time < wake[l]) {
      wake[l] = time;
      kernel.schedule(time, Priorities.TRAFFIC, headHandler, l);
    }
  }

  private boolean hasSpace(int l, double t) {
    DoubleRing h = holes[l];
    while (!h.isEmpty() && h.peek() <= t) {
      h.poll();
    }
    return queue[l].size() + h.size() < storage[l];
  }

  private void enter(int v, int l, double t, boolean first) {
    if (first && entryRouting != null && trips.routeOnEntry(v)) {
      int[] r = entryRouting.route(v, t);
      if (r != null) {
        trips.replaceRoute(v, r, freeFlowTime(r));
      }
    }
    IntRing q = queue[l];
    enteredAt[v] = t;
    earliestExit[v] = t + freeFlow[l];
    q.add(v);
    inNetwork++;
    if (first) {
      insertedCount++;
    }
    if (entered.active()) {
      entered.publish(new LinkEntered(t, v, l, first));
    }
    if (q.size() == 1) {
      requestWake(l, earliestExit[v]);
    }
  }

  private void leave(int v, int l, double t, boolean arrived) {
    traversals++;
    recentTravelTime[l] += SMOOTHING * (t - enteredAt[v] - recentTravelTime[l]);
    inNetwork--;
    if (arrived) {
      arrivedCount++;
    }
    if (exited.active()) {
      exited.publish(new LinkExited(t, v, l, enteredAt[v], arrived));
    }
    double free = t + holeDelay[l];
    if (holeDelay[l] > 0) {
      holes[l].add(free);
    }
    IntRing w = waiters[l];
    while (!w.isEmpty()) {
      int u = w.poll();
      if (u >= links) {
        insertWaiting[l] = false;
        requestInsert(l, free);
      } else {
        waitingOn[u] = -1;
        requestWake(u, free);
      }
    }
  }

  private double freeFlowTime(int[] route) {
    double s = 0;
    for (int l : route) {
      s += freeFlow[l];
    }
    return s;
  }

  // ---- state for observers -----------------------------------------------------------------

  /** Vehicles on link {@code l} now [veh]. */
  public int occupancy(int l) {
    return queue[l].size();
  }

  /** Vehicles on link {@code l} past their free-flow exit time at {@code t} (queued) [veh]. */
  public int queueLength(int l, double t) {
    IntRing q = queue[l];
    int n = 0;
    for (int i = 0; i < q.size(); i++) {
      if (earliestExit[q.get(i)] <= t) {
        n++;
      }
    }
    return n;
  }

  /**
   * Current travel time estimate of link {@code l} [s], for routing on current conditions: the
   * larger of the smoothed travel time of the vehicles that recently left it (exponential
   * smoothing, weight 0.2) and the time its exit needs to discharge the vehicles now on it
   * ({@code occupancy * 3600 / capacity}), and never below free flow. The second term reacts at
   * once when a link is blocked and nobody leaves it.
   */
  public double currentTravelTime(int l) {
    return Math.max(Math.max(recentTravelTime[l], freeFlow[l]), queue[l].size() * headway[l]);
  }

  /** Effective storage capacity of link {@code l} used by the model [veh]. */
  public double storage(int l) {
    return storage[l];
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

  /** The trips this model runs. */
  public TripTable trips() {
    return trips;
  }
}
