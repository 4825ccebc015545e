package org.citysim.sim.traffic;

import java.util.Arrays;
import org.citysim.sim.demand.TripTable;

/**
 * The per-vehicle state of a {@link QueueTrafficModel}, by vehicle index: the trips of the trip
 * table first, then the service vehicles (response units) added during the run, for which the
 * arrays grow. The arrays are read and written by the model directly (its hot path); they are
 * replaced when they grow, so they are read through this object, never kept.
 */
final class Vehicles {
  /** {@code routePos} of a vehicle that arrived. */
  static final int ARRIVED = -1;

  /** Vehicles of the trip table; indices from here on are service vehicles. */
  final int tripCount;
  /** Index in its route of the link the vehicle is on or waits to enter, or {@link #ARRIVED}. */
  int[] routePos;
  /** When the vehicle entered its current link [s]; NaN before it entered its first. */
  double[] enteredAt;
  /** When the vehicle may leave its current link at the earliest (free-flow exit) [s]. */
  double[] earliestExit;
  private final TripTable trips;
  private final ServiceVehicles services = new ServiceVehicles();

  Vehicles(TripTable trips) {
    this.trips = trips;
    int n = trips.size();
    tripCount = n;
    routePos = new int[n];
    enteredAt = new double[n];
    earliestExit = new double[n];
    Arrays.fill(enteredAt, Double.NaN);
  }

  /** The route of vehicle {@code v}: its trip's, or a service vehicle's. */
  int[] route(int v) {
    return v < tripCount ? trips.route(v) : services.route(v - tripCount);
  }

  /**
   * Adds a service vehicle on {@code route} (copied), not yet in the network; returns its
   * index.
   */
  int addService(int[] route, Runnable onArrival) {
    int v = tripCount + services.add(route, onArrival);
    if (v >= routePos.length) {
      int size = Math.max(v + 1, routePos.length + routePos.length / 4 + 4);
      routePos = Arrays.copyOf(routePos, size);
      earliestExit = Arrays.copyOf(earliestExit, size);
      int old = enteredAt.length;
      enteredAt = Arrays.copyOf(enteredAt, size);
      Arrays.fill(enteredAt, old, size, Double.NaN);
    }
    return v;
  }

  /** What to tell when service vehicle {@code v} (a vehicle index) arrives. */
  Runnable arrival(int v) {
    return services.arrival(v - tripCount);
  }
}
