package org.citysim.sim.demand;

import java.util.List;

/**
 * Routed trips in departure order (ties keep their input order). Index {@code i} is both the
 * trip and the vehicle that makes it.
 */
public final class TripTable {
  private final Trip[] trips;
  private final int[][] routes;
  private final double[] freeFlowTime;

  /**
   * @param trips        trips sorted by departure
   * @param routes       route of each trip as link indices (shared arrays are fine; not modified)
   * @param freeFlowTime free-flow travel time of each route [s]
   */
  public TripTable(List<Trip> trips, int[][] routes, double[] freeFlowTime) {
    if (trips.size() != routes.length || routes.length != freeFlowTime.length) {
      throw new IllegalArgumentException("trips, routes and free-flow times differ in length");
    }
    this.trips = trips.toArray(new Trip[0]);
    for (int i = 1; i < this.trips.length; i++) {
      if (this.trips[i].departure() < this.trips[i - 1].departure()) {
        throw new IllegalArgumentException("trips must be sorted by departure");
      }
    }
    this.routes = routes.clone();
    this.freeFlowTime = freeFlowTime.clone();
  }

  /** Number of trips. */
  public int size() {
    return trips.length;
  }

  /** Trip {@code i}. */
  public Trip trip(int i) {
    return trips[i];
  }

  /** Route of trip {@code i} (link indices; do not modify). */
  public int[] route(int i) {
    return routes[i];
  }

  /** Free-flow travel time of trip {@code i}'s route [s]. */
  public double freeFlowTime(int i) {
    return freeFlowTime[i];
  }

  /** Planned departure of trip {@code i} [s]. */
  public double departure(int i) {
    return trips[i].departure();
  }
}
