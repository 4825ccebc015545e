package org.citysim.app.sweep.design;

import java.util.List;

/**
 * One combination of parameter values.
 *
 * @param index  0-based, in design order (the results store's point id)
 * @param unit   the point in the unit cube, one coordinate per parameter (for the full
 *               factorial: level index / (levels - 1), 0 for a single level)
 * @param values the parameter values, one per parameter ({@link Double} or {@link String})
 */
public record DesignPoint(int index, double[] unit, List<Object> values) {
  public DesignPoint {
    unit = unit.clone();
    values = List.copyOf(values);
  }

  @Override
  public double[] unit() {
    return unit.clone();
  }
}
