package org.citysim.app.sweep.design;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.util.MathArrays;
import org.citysim.app.sweep.Parameter;

/**
 * A Latin hypercube of {@code points} points (McKay, Beckman and Conover 1979): each axis of the
 * unit cube is cut into {@code points} equal strata and every stratum holds exactly one point,
 * so each parameter's whole range is covered however few points there are. The strata are
 * matched by an independent random permutation per parameter, and each point lies at a uniform
 * random position within its stratum. Runs {@code points} points.
 *
 * @param points number of points (and strata per parameter), at least 1
 */
public record LatinHypercube(int points) implements Design {
  public LatinHypercube {
    if (points < 1) {
      throw new IllegalArgumentException("points must be at least 1, got " + points);
    }
  }

  @Override
  public DesignPlan plan(List<Parameter> parameters, long seed) {
    int k = parameters.size();
    RandomGenerator random = UnitPoints.random(seed);
    double[][] unit = new double[points][k];
    int[] stratum = new int[points];
    for (int j = 0; j < k; j++) {
      for (int i = 0; i < points; i++) {
        stratum[i] = i;
      }
      MathArrays.shuffle(stratum, random);
      for (int i = 0; i < points; i++) {
        unit[i][j] = (stratum[i] + random.nextDouble()) / points;
      }
    }
    List<DesignPoint> list = new ArrayList<>(points);
    for (int i = 0; i < points; i++) {
      list.add(UnitPoints.at(i, unit[i], parameters));
    }
    return new DesignPlan(list, new DesignPlan.Plain());
  }
}
