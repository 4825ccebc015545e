package org.citysim.app.sweep.design;

import java.util.List;

/**
 * The points of a design and the structure the sensitivity analysis needs to read them.
 *
 * @param points    all points, in index order
 * @param structure how points relate (plain, Saltelli blocks, Morris trajectories)
 */
public record DesignPlan(List<DesignPoint> points, Structure structure) {
  public DesignPlan {
    points = List.copyOf(points);
  }

  /** How the points of a design relate. */
  public sealed interface Structure {}

  /** Independent points (full factorial, Latin hypercube, random). */
  public record Plain() implements Structure {}

  /**
   * Saltelli's scheme for Sobol indices with {@code k} parameters and base sample size {@code
   * n}: point {@code i * (k + 2) + m} is row i of matrix A for m = 0, of B for m = 1, and of
   * AB_j (A with column j from B) for m = 2 + j.
   */
  public record Saltelli(int n, int k) implements Structure {}

  /**
   * Morris trajectories: {@code r} trajectories of {@code k + 1} points each, point {@code t *
   * (k + 1) + s}; step s (1..k) changes only parameter {@code order[t][s - 1]}, by the unit
   * difference {@code delta} (up or down, as the coordinates show).
   */
  public record Morris(int r, int k, int[][] order, int gridLevels, double delta)
      implements Structure {}
}
