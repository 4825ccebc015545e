package org.citysim.app.sweep;

import java.util.List;

/**
 * One swept scenario field, named by its {@code --set} path (e.g. {@code demand.random.rate}).
 * Designs place points in the unit cube; {@link #at} maps a unit coordinate to the field's
 * value, {@link #level} gives the full-factorial levels.
 */
public sealed interface Parameter permits Parameter.Range, Parameter.Levels {
  /** The field's {@code --set} path. */
  String path();

  /**
   * The value at unit coordinate {@code u} in [0, 1]: a number in the range (rounded for an
   * integer range), or the level whose share of [0, 1) holds {@code u} (the last one at 1).
   */
  Object at(double u);

  /** Number of levels in a full-factorial design. */
  int levelCount();

  /** Level {@code i} of a full-factorial design, 0-based. */
  Object level(int i);

  /** The value as the text of a {@code --set path=value} override. */
  static String text(Object value) {
    if (value instanceof Double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
          : Double.toString(d);
    }
    return String.valueOf(value);
  }

  /**
   * A continuous (or integer) range.
   *
   * @param min     lowest value, in the field's unit
   * @param max     highest value, > min
   * @param integer whether values are rounded to whole numbers
   * @param steps   levels for a full-factorial design, evenly spaced from min to max inclusive
   *                (at least 2); other designs ignore it
   */
  record Range(String path, double min, double max, boolean integer, int steps)
      implements Parameter {
    public Range {
      if (!(max > min)) {
        throw new IllegalArgumentException(path + ": max must be greater than min");
      }
      if (steps < 2) {
        throw new IllegalArgumentException(path + ": steps must be at least 2");
      }
    }

    @Override
    public Object at(double u) {
      double v = min + Math.max(0, Math.min(1, u)) * (max - min);
      return integer ? (Object) (double) Math.round(v) : (Object) v;
    }

    @Override
    public int levelCount() {
      return steps;
    }

    @Override
    public Object level(int i) {
      return at(i / (double) (steps - 1));
    }
  }

  /**
   * Explicit levels or choices: numbers (as {@link Double}) or texts (as {@link String}).
   */
  record Levels(String path, List<Object> values) implements Parameter {
    public Levels {
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException(path + ": at least one level is needed");
      }
    }

    @Override
    public Object at(double u) {
      int i = (int) Math.floor(Math.max(0, Math.min(1, u)) * values.size());
      return values.get(Math.min(i, values.size() - 1));
    }

    @Override
    public int levelCount() {
      return values.size();
    }

    @Override
    public Object level(int i) {
      return values.get(i);
    }
  }
}
