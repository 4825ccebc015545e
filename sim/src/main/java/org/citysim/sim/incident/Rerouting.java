package org.citysim.sim.incident;

import java.util.HashMap;
import java.util.Map;
import org.citysim.sim.demand.TripTable;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.random.RandomStream;
import org.citysim.sim.routing.Router;
import org.citysim.sim.traffic.QueueTrafficModel;
import org.citysim.sim.traffic.VehicleDeparted;

/**
 * Drivers informed of a blocked link (by radio or navigation, when an incident is detected or a
 * closure starts) reroute around it. An informed driver is one in the network whose remaining
 * route uses the link after the one it is on, or one that departs while the link is known to be
 * blocked with it on its route. A compliant driver (chance {@code compliance}, drawn once per
 * driver from the stream {@code incidents:compliance}, in vehicle order, the first time it is
 * informed) takes the shortest route on current travel times ({@link
 * QueueTrafficModel#currentTravelTime}, where closed links cost {@link
 * QueueTrafficModel#CLOSED_TRAVEL_TIME}) from the end of its link to its last link, taking
 * effect at its next junction; if every route uses a closed link, it keeps its own. The others
 * keep their route and wait at a closed link.
 *
 * <p>Costs: one cost refresh of the router per second of simulated time at most, and one
 * shortest-path search per (link, destination) pair and refresh.
 */
public final class Rerouting {
  /** Interval between refreshes of the router's link costs [s]. */
  static final double REFRESH = 1.0;
  private static final byte UNKNOWN = 0;
  private static final byte COMPLIANT = 1;
  private static final byte NOT_COMPLIANT = 2;

  private final Kernel kernel;
  private final QueueTrafficModel model;
  private final TripTable trips;
  private final Router router;
  private final RandomStream random;
  private final double compliance;
  private final byte[] compliant;
  /** Per link, the blockages drivers know of now. */
  private final int[] known;
  private final Map<Long, int[]> routes = new HashMap<>();
  private double refreshedAt = Double.NEGATIVE_INFINITY;
  private int knownLinks;
  private int informed;
  private int rerouted;

  /**
   * @param compliance chance that an informed driver reroutes [0..1]
   */
  public Rerouting(Kernel kernel, RoadNetwork net, QueueTrafficModel model, double compliance) {
    if (!(compliance >= 0 && compliance <= 1)) {
      throw new IllegalArgumentException("compliance must be in [0, 1], got " + compliance);
    }
    this.kernel = kernel;
    this.model = model;
    this.trips = model.trips();
    this.router = new Router(net, model::currentTravelTime);
    this.random = kernel.random().stream("incidents:compliance");
    this.compliance = compliance;
    this.compliant = new byte[trips.size()];
    this.known = new int[net.linkCount()];
    kernel.bus().subscribe(VehicleDeparted.class, this::onDeparted);
  }

  /** Drivers learn now that link {@code l} is blocked; those concerned reroute. */
  public void inform(int l) {
    if (known[l]++ == 0) {
      knownLinks++;
    }
    for (int v = 0; v < trips.size(); v++) {
      int pos = model.routePosition(v);
      if (pos >= 0 && uses(v, model.onLink(v) ? pos + 1 : pos, l)) {
        consider(v, pos);
      }
    }
  }

  /** Link {@code l} is no longer blocked by one of the blockages drivers knew of. */
  public void cleared(int l) {
    if (known[l] <= 0) {
      throw new IllegalStateException("link " + l + " was not known to be blocked");
    }
    if (--known[l] == 0) {
      knownLinks--;
    }
  }

  private void onDeparted(VehicleDeparted e) {
    if (knownLinks == 0) {
      return;
    }
    int[] r = trips.route(e.vehicle());
    for (int l : r) {
      if (known[l] > 0) {
        consider(e.vehicle(), 0);
        return;
      }
    }
  }

  private boolean uses(int v, int from, int l) {
    int[] r = trips.route(v);
    for (int i = from; i < r.length; i++) {
      if (r[i] == l) {
        return true;
      }
    }
    return false;
  }

  private void consider(int v, int pos) {
    informed++;
    if (compliant[v] == UNKNOWN) {
      compliant[v] = random.uniform() < compliance ? COMPLIANT : NOT_COMPLIANT;
    }
    if (compliant[v] != COMPLIANT) {
      return;
    }
    double t = kernel.now();
    if (t >= refreshedAt + REFRESH) {
      router.updateCosts();
      routes.clear();
      refreshedAt = t;
    }
    int[] old = trips.route(v);
    int from = old[pos];
    int to = old[old.length - 1];
    int[] rest = routes.computeIfAbsent(((long) from << 32) | (to & 0xFFFF_FFFFL),
        k -> router.routeLinks(from, to));
    if (rest == null || usesClosed(rest) || sameAs(old, pos, rest)) {
      return;
    }
    model.reroute(v, rest);
    rerouted++;
  }

  private boolean usesClosed(int[] rest) {
    for (int i = 1; i < rest.length; i++) {
      if (model.isClosed(rest[i])) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameAs(int[] old, int pos, int[] rest) {
    if (old.length - pos != rest.length) {
      return false;
    }
    for (int i = 0; i < rest.length; i++) {
      if (old[pos + i] != rest[i]) {
        return false;
      }
    }
    return true;
  }

  /** Times a driver was informed of a blockage on its route. */
  public int informed() {
    return informed;
  }

  /** Times a driver took a new route. */
  public int rerouted() {
    return rerouted;
  }
}
