package org.citysim.sim.demand;

import java.util.List;

/**
 * Routed trips in departure order (ties keep their input order). Index {@code i} is both the
 * trip and the vehicle that makes it.
 *
 * <p>A trip may be marked to be routed again when it enters its first link, on the travel times
 * of that moment (SUMO routes its {@code <trip from to>} vehicles that way). Its route here is
 * then the free-flow route until the traffic model replaces it ({@link #replaceRoute}); the
 * first and the last link never change.
 */
public final class TripTable {
  private final Trip[] trips;
  private final int[][] routes;
  private final double[] freeFlowTime;
  private final boolean[] routeOnEntry;
  private final VehicleType[] types;

  /**
   * Trips with fixed routes.
   *
   * @param trips        trips sorted by departure
   * @param routes       route of each trip as link indices (shared arrays are fine; not modified)
   * @param freeFlowTime free-flow travel time of each route [s]
   */
  public TripTable(List<Trip> trips, int[][] routes, double[] freeFlowTime) {
    this(trips, routes, freeFlowTime, new boolean[trips.size()]);
  }

  /**
   * @param trips        trips sorted by departure
   * @param routes       route of each trip as link indices (shared arrays are fine; not modified)
   * @param freeFlowTime free-flow travel time of each route [s]
   * @param routeOnEntry per trip, whether it is routed again when it enters its first link
   */
  public TripTable(List<Trip> trips, int[][] routes, double[] freeFlowTime,
      boolean[] routeOnEntry) {
    this(trips, routes, freeFlowTime, routeOnEntry, null);
  }

  /**
   * @param trips        trips sorted by departure
   * @param routes       route of each trip as link indices (shared arrays are fine; not modified)
   * @param freeFlowTime free-flow travel time of each route [s]
   * @param routeOnEntry per trip, whether it is routed again when it enters its first link
   * @param types        per trip, the vehicle type it was imported with, or null entries for
   *                     trips without one; a null array means no trip has one
   */
  public TripTable(List<Trip> trips, int[][] routes, double[] freeFlowTime,
      boolean[] routeOnEntry, VehicleType[] types) {
    if (trips.size() != routes.length || routes.length != freeFlowTime.length
        || routes.length != routeOnEntry.length
        || (types != null && types.length != routes.length)) {
      throw new IllegalArgumentException(
          "trips, routes, free-flow times and vehicle types differ in length");
    }
    this.trips = trips.toArray(new Trip[0]);
    for (int i = 1; i < this.trips.length; i++) {
      if (this.trips[i].departure() < this.trips[i - 1].departure()) {
        throw new IllegalArgumentException("trips must be sorted by departure");
      }
    }
    this.routes = routes.clone();
    this.freeFlowTime = freeFlowTime.clone();
    this.routeOnEntry = routeOnEntry.clone();
    // Null array rather than an array of nulls: generated demand pays nothing for the feature.
    this.types = types == null ? null : types.clone();
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

  /** Whether trip {@code i} is routed again when it enters its first link. */
  public boolean routeOnEntry(int i) {
    return routeOnEntry[i];
  }

  /** The vehicle type trip {@code i} was imported with, or null when it has none. */
  public VehicleType vehicleType(int i) {
    return types == null ? null : types[i];
  }

  /**
   * Replaces the route of trip {@code i}, which must be routed on entry, by one with the same
   * first and last link.
   *
   * @param route        link indices (not copied; not modified afterwards)
   * @param freeFlowTime its free-flow travel time [s]
   */
  public void replaceRoute(int i, int[] route, double freeFlowTime) {
    int[] old = routes[i];
    if (!routeOnEntry[i]) {
      throw new IllegalStateException("trip " + trips[i].id() + " has a fixed route");
    }
    if (route.length == 0 || route[0] != old[0]
        || route[route.length - 1] != old[old.length - 1]) {
      throw new IllegalArgumentException("trip " + trips[i].id()
          + ": a new route must keep the first and the last link");
    }
    routes[i] = route;
    this.freeFlowTime[i] = freeFlowTime;
  }

  /**
   * Replaces the route of trip {@code i} while it is under way (rerouting around an incident):
   * any trip, with the same first and last link. The traffic model checks that the links
   * already driven are kept.
   *
   * @param route        link indices (not copied; not modified afterwards)
   * @param freeFlowTime its free-flow travel time [s]
   */
  public void reroute(int i, int[] route, double freeFlowTime) {
    int[] old = routes[i];
    if (route.length == 0 || route[0] != old[0]
        || route[route.length - 1] != old[old.length - 1]) {
      throw new IllegalArgumentException("trip " + trips[i].id()
          + ": a new route must keep the first and the last link");
    }
    routes[i] = route;
    this.freeFlowTime[i] = freeFlowTime;
  }

  /** Planned departure of trip {@code i} [s]. */
  public double departure(int i) {
    return trips[i].departure();
  }
}
