package org.citysim.app.sweep.design;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.citysim.app.sweep.Parameter;

/**
 * {@code points} points drawn independently and uniformly from the unit cube (simple Monte
 * Carlo). A Latin hypercube covers each range more evenly for the same cost; this is the
 * plain baseline. Runs {@code points} points.
 *
 * @param points number of points, at least 1
 */
public record RandomDesign(int points) implements Design {
  public RandomDesign {
    if (points < 1) {
      throw new IllegalArgumentException("points must be at least 1, got " + points);
    }
  }

  @Override
  public DesignPlan plan(List<Parameter> parameters, long seed) {
    int k = parameters.size();
    RandomGenerator random = UnitPoints.random(seed);
    List<DesignPoint> list = new ArrayList<>(points);
    for (int i = 0; i < points; i++) {
      double[] unit = new double[k];
      for (int j = 0; j < k; j++) {
        unit[j] = random.nextDouble();
      }
      list.add(UnitPoints.at(i, unit, parameters));
    }
    return new DesignPlan(list, new DesignPlan.Plain());
  }
}
