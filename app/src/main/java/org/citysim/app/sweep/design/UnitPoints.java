package org.citysim.app.sweep.design;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.citysim.app.sweep.Parameter;

/** What the unit-cube designs share: mapping a unit point to values, and their generator. */
final class UnitPoints {
  private UnitPoints() {}

  /** The design point {@code index} at unit coordinates {@code unit}, one per parameter. */
  static DesignPoint at(int index, double[] unit, List<Parameter> parameters) {
    List<Object> values = new ArrayList<>(parameters.size());
    for (int j = 0; j < parameters.size(); j++) {
      values.add(parameters.get(j).at(unit[j]));
    }
    return new DesignPoint(index, unit, values);
  }

  /**
   * The generator of a randomised design. Well19937c (as the kernel's streams) rather than a JDK
   * generator: its sequence is fixed by the pinned commons-math3 version, whatever the JDK, so
   * a sweep file gives the same points on every machine.
   */
  static RandomGenerator random(long seed) {
    return new Well19937c(seed);
  }

  /** {@code count} points of {@code perPoint} runs each, or a clear error when too many. */
  static int product(String design, int count, int perPoint) {
    long total = (long) count * perPoint;
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(design + " would have " + total
          + " points, more than a sweep can index; use fewer");
    }
    return (int) total;
  }

  static void requireParameters(String design, List<Parameter> parameters) {
    if (parameters.isEmpty()) {
      throw new IllegalArgumentException(design + " needs at least one parameter");
    }
  }
}
