package org.citysim.reports.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The KPI table of a comparison: every KPI of any run, each run's value, its change against the
 * first run (the reference) and which runs have the best value.
 *
 * @param runs labels of the runs, the reference first
 * @param rows one row per KPI: the reference run's KPIs in its order, then KPIs only other runs
 *             have, in the order met
 */
public record KpiComparison(List<String> runs, List<Row> rows) {
  public KpiComparison {
    runs = List.copyOf(runs);
    rows = List.copyOf(rows);
  }

  /**
   * One KPI across the runs.
   *
   * @param key     dotted KPI key
   * @param unit    unit, empty if unknown
   * @param better  which way the KPI improves
   * @param values  value per run ({@link Number} or {@link String}); null where a run lacks it
   * @param changes change against the reference per run [%]: (value - reference) / |reference|
   *                x 100; 0 for the reference itself; NaN where it is undefined (a missing or
   *                non-finite value, text, or a reference of 0 with another value)
   * @param best    per run, whether it has the best value; all false when every run has the
   *                same value, when the KPI has no direction, or fewer than two runs have it
   */
  public record Row(String key, String unit, Better better, List<Object> values,
      double[] changes, boolean[] best) {
    public Row {
      values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
      changes = changes.clone();
      best = best.clone();
    }

    @Override
    public double[] changes() {
      return changes.clone();
    }

    @Override
    public boolean[] best() {
      return best.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Row r && r.key.equals(key) && r.unit.equals(unit) && r.better == better
          && r.values.equals(values) && Arrays.equals(r.changes, changes)
          && Arrays.equals(r.best, best);
    }

    @Override
    public int hashCode() {
      return key.hashCode();
    }

    @Override
    public String toString() {
      return "Row[" + key + " " + values + " " + Arrays.toString(changes) + " "
          + Arrays.toString(best) + "]";
    }
  }

  /**
   * Builds the table.
   *
   * @param runs   the runs, the reference first; at least one
   * @param unit   unit of a KPI key
   * @param better direction of a KPI key
   */
  public static KpiComparison of(List<RunData> runs, Function<String, String> unit,
      Function<String, Better> better) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("nothing to compare");
    }
    Set<String> keys = new LinkedHashSet<>();
    for (RunData r : runs) {
      keys.addAll(r.kpis().keySet());
    }
    List<Row> rows = new ArrayList<>();
    for (String key : keys) {
      List<Object> values = new ArrayList<>();
      for (RunData r : runs) {
        values.add(r.kpis().get(key));
      }
      Better b = better.apply(key);
      rows.add(new Row(key, unit.apply(key), b, values, changes(values), best(values, b)));
    }
    return new KpiComparison(runs.stream().map(RunData::label).toList(), rows);
  }

  private static double[] changes(List<Object> values) {
    double[] out = new double[values.size()];
    double ref = finite(values.get(0));
    for (int i = 0; i < out.length; i++) {
      double v = finite(values.get(i));
      if (Double.isNaN(ref) || Double.isNaN(v)) {
        out[i] = Double.NaN;
      } else if (ref == 0) {
        out[i] = v == 0 ? 0 : Double.NaN;
      } else {
        out[i] = (v - ref) / Math.abs(ref) * 100.0;
      }
    }
    return out;
  }

  /** Best runs: numbers by size, grades (text) by letter, A before F. */
  private static boolean[] best(List<Object> values, Better b) {
    boolean[] out = new boolean[values.size()];
    if (b == Better.NONE) {
      return out;
    }
    Object bestValue = null;
    int comparable = 0;
    boolean allEqual = true;
    for (Object v : values) {
      if (!comparable(v)) {
        continue;
      }
      if (bestValue != null && compare(v, bestValue) != 0) {
        allEqual = false;
      }
      comparable++;
      if (bestValue == null || (b == Better.LOWER ? compare(v, bestValue) < 0
          : compare(v, bestValue) > 0)) {
        bestValue = v;
      }
    }
    if (comparable < 2 || allEqual) {
      return out;
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = comparable(values.get(i)) && compare(values.get(i), bestValue) == 0;
    }
    return out;
  }

  private static boolean comparable(Object v) {
    return v instanceof Number n ? Double.isFinite(n.doubleValue())
        : v instanceof String s && s.length() == 1 && Character.isLetter(s.charAt(0));
  }

  /** Numbers with numbers, grades with grades; a number and a grade never meet in one KPI. */
  private static int compare(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return Double.compare(x.doubleValue(), y.doubleValue());
    }
    return String.valueOf(a).compareTo(String.valueOf(b));
  }

  private static double finite(Object v) {
    return v instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue()
        : Double.NaN;
  }
}
