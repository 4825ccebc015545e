package org.citysim.sim.run;

import java.util.HashMap;
import java.util.Map;
import org.citysim.sim.demand.TripTable;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.routing.Router;
import org.citysim.sim.traffic.EntryRouting;
import org.citysim.sim.traffic.QueueTrafficModel;

/**
 * Routes a trip as it enters its first link, between that link and its last one, on the traffic
 * model's current link travel times ({@link QueueTrafficModel#currentTravelTime}). This is what
 * SUMO does for vehicles given as {@code <trip from to>} or as a {@code <flow>} with from and
 * to: its routing device routes them just before insertion on the edge travel times measured
 * during the run, so that a stream of such vehicles spreads over parallel routes as they fill
 * up, instead of all queueing on the one free-flow shortest path.
 *
 * <p>The router's link costs are read again at most once per {@value #REFRESH} s of simulated
 * time (SUMO updates its edge weights every second, {@code device.rerouting.adaptation-interval}),
 * so a burst of insertions at one instant costs one refresh; routes found on one set of costs
 * are kept until the next refresh, so a vehicle that waits to be inserted and asks again, or
 * the next one of its flow, costs no new search.
 */
final class CurrentTravelTimeRouting implements EntryRouting {
  /** Interval between refreshes of the router's link costs [s]. */
  static final double REFRESH = 1.0;

  private final TripTable trips;
  private final Router router;
  private final Map<Long, int[]> routes = new HashMap<>();
  private double refreshedAt = Double.NEGATIVE_INFINITY;

  CurrentTravelTimeRouting(RoadNetwork net, QueueTrafficModel model, TripTable trips) {
    this.trips = trips;
    this.router = new Router(net, model::currentTravelTime);
  }

  @Override
  public int[] route(int vehicle, double time) {
    if (time >= refreshedAt + REFRESH) {
      router.updateCosts();
      routes.clear();
      refreshedAt = time;
    }
    int[] old = trips.route(vehicle);
    int first = old[0];
    int last = old[old.length - 1];
    return routes.computeIfAbsent(((long) first << 32) | (last & 0xFFFF_FFFFL),
        k -> router.routeLinks(first, last));
  }
}
