package org.citysim.reports.sweep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.citysim.reports.text.Estimates;

/**
 * The values one parameter takes over a sweep's design points, as the report presents them: a
 * numeric parameter on a numeric axis, a choice parameter (any value a text) as categories.
 *
 * @param path    parameter path
 * @param index   its position in {@link SweepSummary#parameters()}
 * @param numeric whether every value is a number
 * @param numbers distinct values, ascending (numeric parameters; empty otherwise)
 * @param choices distinct values as {@link #text}, in the order the design points first use
 *                them (choice parameters; empty otherwise)
 */
public record ParameterValues(String path, int index, boolean numeric, List<Double> numbers,
    List<String> choices) {
  /** Significant digits of a parameter value: more than a KPI's, values are set exactly. */
  public static final int DIGITS = 6;
  /** Most values {@link #describe()} lists. */
  private static final int LISTED = 8;

  public ParameterValues {
    numbers = List.copyOf(numbers);
    choices = List.copyOf(choices);
  }

  /** Parameter {@code index} of {@code summary}. */
  public static ParameterValues of(SweepSummary summary, int index) {
    boolean numeric = true;
    for (PointSummary p : summary.points()) {
      numeric &= p.values().get(index) instanceof Number;
    }
    Set<Double> numbers = new TreeSet<>();
    Set<String> choices = new LinkedHashSet<>();
    for (PointSummary p : summary.points()) {
      Object v = p.values().get(index);
      if (numeric) {
        numbers.add(((Number) v).doubleValue());
      } else {
        choices.add(text(v));
      }
    }
    return new ParameterValues(summary.parameters().get(index), index, numeric,
        new ArrayList<>(numbers), new ArrayList<>(choices));
  }

  /** Every parameter of {@code summary}, in its order. */
  public static List<ParameterValues> all(SweepSummary summary) {
    List<ParameterValues> out = new ArrayList<>();
    for (int p = 0; p < summary.parameters().size(); p++) {
      out.add(of(summary, p));
    }
    return List.copyOf(out);
  }

  /** A parameter value as text: numbers to {@link #DIGITS} significant digits. */
  public static String text(Object value) {
    if (value instanceof Number n) {
      return Estimates.number(n.doubleValue(), DIGITS);
    }
    return value == null ? Estimates.MISSING : value.toString();
  }

  /** Number of distinct values. */
  public int distinct() {
    return numeric ? numbers.size() : choices.size();
  }

  /** Whether the parameter takes more than one value. */
  public boolean varies() {
    return distinct() > 1;
  }

  /**
   * Position of {@code value} on the chart's x axis: the number itself, or the index of the
   * choice.
   */
  public double x(Object value) {
    return numeric ? ((Number) value).doubleValue() : choices.indexOf(text(value));
  }

  /** The values in a few words: "fixed at 3", "0.5 to 2 (12 values)", "a, b or c". */
  public String describe() {
    List<String> all = numeric ? numbers.stream().map(ParameterValues::text).toList() : choices;
    if (all.isEmpty()) {
      return "no design points";
    }
    if (all.size() == 1) {
      return "fixed at " + all.get(0);
    }
    if (numeric && all.size() > LISTED) {
      return all.get(0) + " to " + all.get(all.size() - 1) + " (" + all.size() + " values)";
    }
    if (all.size() > LISTED) {
      return String.join(", ", all.subList(0, LISTED)) + ", \u2026 (" + all.size()
          + " choices)";
    }
    return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
  }
}
