package org.citysim.sim.scenario.yaml;

/**
 * An interval of allowed numbers, with ends open or closed, that can say itself in a hint.
 *
 * @param min          lower end (may be negative infinity)
 * @param minInclusive whether {@code min} itself is allowed
 * @param max          upper end (may be positive infinity)
 * @param maxInclusive whether {@code max} itself is allowed
 */
public record Range(double min, boolean minInclusive, double max, boolean maxInclusive) {

  /** Any finite number. */
  public static final Range ANY =
      new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);

  /** {@code [min, max]}. */
  public static Range closed(double min, double max) {
    return new Range(min, true, max, true);
  }

  /** {@code (min, max]}. */
  public static Range openClosed(double min, double max) {
    return new Range(min, false, max, true);
  }

  /** {@code (min, max)}. */
  public static Range open(double min, double max) {
    return new Range(min, false, max, false);
  }

  /** {@code [min, max)}. */
  public static Range closedOpen(double min, double max) {
    return new Range(min, true, max, false);
  }

  /** {@code >= min}. */
  public static Range atLeast(double min) {
    return new Range(min, true, Double.POSITIVE_INFINITY, false);
  }

  /** {@code > min}. */
  public static Range greaterThan(double min) {
    return new Range(min, false, Double.POSITIVE_INFINITY, false);
  }

  /** Whether {@code v} is inside. */
  public boolean contains(double v) {
    boolean lo = minInclusive ? v >= min : v > min;
    boolean hi = maxInclusive ? v <= max : v < max;
    return lo && hi;
  }

  /** E.g. {@code (0, 70]}, {@code >= 0}, {@code > 0}. */
  public String text() {
    boolean noMin = min == Double.NEGATIVE_INFINITY;
    boolean noMax = max == Double.POSITIVE_INFINITY;
    if (noMin && noMax) {
      return "any number";
    }
    if (noMax) {
      return (minInclusive ? ">= " : "> ") + num(min);
    }
    if (noMin) {
      return (maxInclusive ? "<= " : "< ") + num(max);
    }
    return (minInclusive ? "[" : "(") + num(min) + ", " + num(max) + (maxInclusive ? "]" : ")");
  }

  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
