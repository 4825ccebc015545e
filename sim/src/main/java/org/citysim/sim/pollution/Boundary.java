package org.citysim.sim.pollution;

/** What happens at the lateral edges of the grid. */
public enum Boundary {
  /**
   * The air beyond the edges holds the background: wind brings background air in on the upwind
   * side and carries the field out on the downwind side, and diffusion exchanges with the
   * background. What leaves is counted in {@link MassBudget#outflow()}.
   */
  OPEN,
  /**
   * Walls: nothing crosses the edges (zero-flux, reflecting diffusion). For verification of mass
   * conservation; only calm wind is allowed, since wind into a wall has no meaning here.
   */
  REFLECTING
}
