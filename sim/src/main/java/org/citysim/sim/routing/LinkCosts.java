package org.citysim.sim.routing;

/** Travel time of each link that the router minimises. */
@FunctionalInterface
public interface LinkCosts {
  /**
   * Cost of traversing link {@code l} [s].
   *
   * @param l link index
   */
  double cost(int l);
}
