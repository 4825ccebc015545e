package org.citysim.sim.traffic;

import java.util.ArrayList;
import java.util.List;

/**
 * The routes and arrival listeners of the service vehicles (response units) added to a {@link
 * QueueTrafficModel} during a run, by their number in order added (vehicle index minus the
 * trip count).
 */
final class ServiceVehicles {
  private final List<int[]> routes = new ArrayList<>();
  private final List<Runnable> arrivals = new ArrayList<>();

  /** Adds one; returns its number. {@code route} is copied. */
  int add(int[] route, Runnable onArrival) {
    routes.add(route.clone());
    arrivals.add(onArrival);
    return routes.size() - 1;
  }

  /** The route of service vehicle {@code i} (link indices; not to be modified). */
  int[] route(int i) {
    return routes.get(i);
  }

  /** What to tell when service vehicle {@code i} arrives. */
  Runnable arrival(int i) {
    return arrivals.get(i);
  }
}
