package org.citysim.app.sweep.design;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.util.MathArrays;
import org.citysim.app.sweep.Parameter;

/**
 * Morris's one-at-a-time screening design (Morris 1991, Technometrics 33(2), 161-174): {@code
 * trajectories} random trajectories on a grid of {@code levels} levels per parameter (unit
 * coordinates 0, 1/(p-1), .., 1). Each trajectory starts at a random grid point and moves one
 * parameter at a time, in a random order, by delta = p / (2(p - 1)) up or down, so k steps
 * give one elementary effect per parameter. Runs {@link #pointCount} = r x (k + 1) points, laid
 * out as {@link DesignPlan.Morris} says.
 *
 * <p>This is Morris's randomised orientation matrix B*: per parameter, a base level drawn
 * uniformly from those with room for a step up (0 .. p/2 - 1) and a random direction; a
 * parameter walked down starts at base + delta. The grid levels must be even, so that delta is
 * a whole number (p/2) of grid steps and every point stays on the grid, in [0, 1].
 *
 * @param trajectories the number r of trajectories, at least 1 (the spread sigma needs 2)
 * @param levels       the grid levels p, even and at least 2 (4 is customary)
 */
public record MorrisDesign(int trajectories, int levels) implements Design {
  /** The customary number of grid levels. */
  public static final int DEFAULT_LEVELS = 4;

  public MorrisDesign {
    if (trajectories < 1) {
      throw new IllegalArgumentException("trajectories must be at least 1, got " + trajectories);
    }
    if (levels < 2 || levels % 2 != 0) {
      throw new IllegalArgumentException("levels must be even and at least 2, got " + levels);
    }
  }

  /** The step of every move in unit coordinates: p / (2(p - 1)). */
  public double delta() {
    return levels / (2.0 * (levels - 1));
  }

  /** The number of points for {@code k} parameters: trajectories x (k + 1). */
  public int pointCount(int k) {
    return UnitPoints.product("morris", trajectories, k + 1);
  }

  @Override
  public DesignPlan plan(List<Parameter> parameters, long seed) {
    UnitPoints.requireParameters("morris", parameters);
    int k = parameters.size();
    int jump = levels / 2;
    RandomGenerator random = UnitPoints.random(seed);
    List<DesignPoint> points = new ArrayList<>(pointCount(k));
    int[][] order = new int[trajectories][];
    for (int t = 0; t < trajectories; t++) {
      order[t] = MathArrays.natural(k);
      MathArrays.shuffle(order[t], random);
      // Grid level indices, so that moves are exact: unit = level / (p - 1).
      int[] level = new int[k];
      int[] direction = new int[k];
      for (int j = 0; j < k; j++) {
        int base = random.nextInt(jump);
        direction[j] = random.nextBoolean() ? 1 : -1;
        level[j] = direction[j] > 0 ? base : base + jump;
      }
      points.add(UnitPoints.at(points.size(), unit(level), parameters));
      for (int s = 0; s < k; s++) {
        int j = order[t][s];
        level[j] += direction[j] * jump;
        points.add(UnitPoints.at(points.size(), unit(level), parameters));
      }
    }
    return new DesignPlan(points, new DesignPlan.Morris(trajectories, k, order, levels, delta()));
  }

  private double[] unit(int[] level) {
    double[] u = new double[level.length];
    for (int j = 0; j < level.length; j++) {
      u[j] = level[j] / (double) (levels - 1);
    }
    return u;
  }
}
