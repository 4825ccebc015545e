package org.citysim.agents.signal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Range checks for controller config records. Each throws {@link IllegalArgumentException} with a
 * message that names the YAML field, the expected range with its unit, and the value given; the
 * scenario loader shows it at the agent's {@code config}.
 */
public final class Checks {
  private Checks() {}

  /** {@code value} must be finite and &gt; 0. */
  public static void positive(String field, double value, String unit) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be > 0" + unit(unit) + ", got "
          + value);
    }
  }

  /** {@code value} must be finite and &ge; 0. */
  public static void nonNegative(String field, double value, String unit) {
    if (!(value >= 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be >= 0" + unit(unit) + ", got "
          + value);
    }
  }

  /** {@code value} must lie in [{@code lo}, {@code hi}]. */
  public static void range(String field, double value, double lo, double hi, String unit) {
    if (!(value >= lo && value <= hi)) {
      throw new IllegalArgumentException(field + " must be in [" + num(lo) + ", " + num(hi) + "]"
          + unit(unit) + ", got " + value);
    }
  }

  /** {@code small} must not exceed {@code large}. */
  public static void ordered(String smallField, double small, String largeField, double large) {
    if (small > large) {
      throw new IllegalArgumentException(smallField + " (" + num(small) + ") must not exceed "
          + largeField + " (" + num(large) + ")");
    }
  }

  /**
   * The {@code junctions} field: junction ids, or the single word {@code all}; not empty, no
   * blanks, no repeats.
   *
   * @return the list, copied
   */
  public static List<String> junctions(List<String> ids) {
    if (ids == null || ids.isEmpty()) {
      throw new IllegalArgumentException("junctions must name at least one junction, or be"
          + " 'all'");
    }
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("junctions contains an empty id");
      }
      if (id.equals(Junctions.ALL) && ids.size() > 1) {
        throw new IllegalArgumentException("junctions: 'all' cannot be combined with ids");
      }
      if (!seen.add(id)) {
        throw new IllegalArgumentException("junctions lists '" + id + "' twice");
      }
    }
    return List.copyOf(ids);
  }

  private static String unit(String unit) {
    return unit == null || unit.isEmpty() ? "" : " " + unit;
  }

  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
