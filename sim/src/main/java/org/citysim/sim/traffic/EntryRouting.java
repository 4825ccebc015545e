package org.citysim.sim.traffic;

/**
 * Chooses the route of a trip that is routed when it enters its first link (see {@link
 * org.citysim.sim.demand.TripTable#routeOnEntry}).
 */
@FunctionalInterface
public interface EntryRouting {
  /**
   * The route for {@code vehicle} entering now, with the same first and last link as its current
   * route, or null to keep the current one.
   *
   * @param vehicle trip index
   * @param time    now [s]
   */
  int[] route(int vehicle, double time);
}
