package org.citysim.sim.run;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.citysim.sim.demand.Trip;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.routing.Router;

/** Routes trips in batches, one shortest-path tree per origin (origins in index order). */
final class TripRouting {
  private TripRouting() {}

  /** Routes of {@code trips} (null where no route exists), in the same order. */
  static int[][] route(Router router, List<Trip> trips) {
    TreeMap<Integer, List<Integer>> byOrigin = new TreeMap<>();
    for (Trip t : trips) {
      byOrigin.computeIfAbsent(t.origin(), k -> new ArrayList<>()).add(t.destination());
    }
    byOrigin.replaceAll((o, ds) -> ds.stream().distinct().toList());
    router.routeAll(byOrigin);
    int[][] routes = new int[trips.size()][];
    for (int i = 0; i < routes.length; i++) {
      routes[i] = router.route(trips.get(i).origin(), trips.get(i).destination());
    }
    return routes;
  }

  /** Free-flow travel time of a route [s], junction crossing times included. */
  static double freeFlowTime(RoadNetwork net, int[] route) {
    return net.freeFlowTime(route);
  }
}
