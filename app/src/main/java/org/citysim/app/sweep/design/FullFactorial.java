package org.citysim.app.sweep.design;

import java.util.ArrayList;
import java.util.List;
import org.citysim.app.sweep.Parameter;

/**
 * Every combination of the parameters' levels ({@link Parameter#levelCount}, {@link
 * Parameter#level}), the last parameter varying fastest. Runs {@link #pointCount} points: the
 * product of the level counts. Not randomised: the seed is ignored.
 */
public record FullFactorial() implements Design {
  /** The number of points: the product of the parameters' level counts. */
  public static int pointCount(List<Parameter> parameters) {
    int total = 1;
    for (Parameter p : parameters) {
      total = UnitPoints.product("full-factorial", total, p.levelCount());
    }
    return total;
  }

  @Override
  public DesignPlan plan(List<Parameter> parameters, long seed) {
    int k = parameters.size();
    int total = pointCount(parameters);
    List<DesignPoint> points = new ArrayList<>(total);
    int[] level = new int[k];
    for (int index = 0; index < total; index++) {
      int rest = index;
      for (int j = k - 1; j >= 0; j--) {
        int count = parameters.get(j).levelCount();
        level[j] = rest % count;
        rest /= count;
      }
      double[] unit = new double[k];
      List<Object> values = new ArrayList<>(k);
      for (int j = 0; j < k; j++) {
        int count = parameters.get(j).levelCount();
        unit[j] = count == 1 ? 0 : level[j] / (double) (count - 1);
        values.add(parameters.get(j).level(level[j]));
      }
      points.add(new DesignPoint(index, unit, values));
    }
    return new DesignPlan(points, new DesignPlan.Plain());
  }
}
