package org.citysim.reports.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.citysim.reports.sweep.KpiStats;
import org.citysim.reports.sweep.ParameterValues;
import org.citysim.reports.sweep.PointSummary;
import org.citysim.reports.sweep.SweepSummary;

/**
 * What the chart of one KPI against one parameter shows, worked out once for its caption and
 * its drawing: one item per design point with a mean, and how to lay them out.
 *
 * @param kpi       KPI path
 * @param unit      its unit; empty if unknown
 * @param parameter the parameter on the x axis
 * @param others    the other parameters that vary
 * @param items     the points, in design order
 * @param dodged    whether points sharing a value were spread sideways
 * @param connected whether a line joins the means (only this parameter varies, a numeric one,
 *                  and no two points share a value)
 */
record EffectPlan(String kpi, String unit, ParameterValues parameter, List<String> others,
    List<Item> items, boolean dodged, boolean connected) {
  /** Above this many points the interval bars would merge into a smear; they are left out. */
  static final int MAX_BARS = 500;
  /** Above this many points a curve's intervals are a band rather than bars. */
  static final int FEW = 50;
  /** Share of the gap between neighbouring values that the points of one value spread over. */
  static final double DODGE_WIDTH = 0.5;

  /**
   * One design point.
   *
   * @param x    position on the x axis (the value, or the choice's index, plus any dodge)
   * @param mean mean of the KPI [KPI unit]
   * @param low  lower end of its 95 % interval; NaN with a single run
   * @param high upper end
   */
  record Item(double x, double mean, double low, double high) {
    /** Whether the point has an interval (at least two completed runs). */
    boolean hasInterval() {
      return Double.isFinite(low) && Double.isFinite(high);
    }
  }

  EffectPlan {
    others = List.copyOf(others);
    items = List.copyOf(items);
  }

  /**
   * The plan of {@code kpi} against {@code all.get(index)}, or empty when no design point has a
   * mean of the KPI.
   */
  static Optional<EffectPlan> of(SweepSummary summary, String kpi, String unit,
      List<ParameterValues> all, int index) {
    ParameterValues p = all.get(index);
    // Raw x of each point with a mean, grouped by value; TreeMap for a fixed order.
    Map<Double, List<Integer>> groups = new TreeMap<>();
    List<Double> xs = new ArrayList<>();
    List<KpiStats> stats = new ArrayList<>();
    for (PointSummary point : summary.points()) {
      KpiStats s = point.kpis().get(kpi);
      double x = p.x(point.values().get(index));
      if (s == null || !Double.isFinite(s.mean()) || !Double.isFinite(x)) {
        continue;
      }
      groups.computeIfAbsent(x, k -> new ArrayList<>()).add(xs.size());
      xs.add(x);
      stats.add(s);
    }
    if (xs.isEmpty()) {
      return Optional.empty();
    }
    double width = DODGE_WIDTH * (p.numeric() ? smallestGap(groups.keySet()) : 1.0);
    boolean dodged = width > 0 && groups.values().stream().anyMatch(g -> g.size() > 1);
    double[] shifted = xs.stream().mapToDouble(Double::doubleValue).toArray();
    if (dodged) {
      for (List<Integer> g : groups.values()) {
        for (int i = 0; i < g.size(); i++) {
          shifted[g.get(i)] += ((i + 0.5) / g.size() - 0.5) * width;
        }
      }
    }
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < xs.size(); i++) {
      KpiStats s = stats.get(i);
      items.add(new Item(shifted[i], s.mean(), s.ciLow(), s.ciHigh()));
    }
    List<String> others = all.stream().filter(o -> o.index() != index && o.varies())
        .map(ParameterValues::path).toList();
    boolean connected = p.numeric() && others.isEmpty() && groups.size() == xs.size();
    return Optional.of(new EffectPlan(kpi, unit, p, others, items, dodged, connected));
  }

  /** Smallest distance between neighbouring values; 0 for a single value. */
  private static double smallestGap(Iterable<Double> sortedValues) {
    double gap = Double.POSITIVE_INFINITY;
    Double previous = null;
    for (double v : sortedValues) {
      if (previous != null) {
        gap = Math.min(gap, v - previous);
      }
      previous = v;
    }
    return Double.isFinite(gap) ? gap : 0;
  }

  /** Whether the intervals are a shaded band around the line (a curve of many points). */
  boolean band() {
    return connected && items.size() > FEW;
  }

  /** Whether the intervals are bars: not as a band, and not so many that they smear. */
  boolean bars() {
    return !band() && items.size() <= MAX_BARS;
  }

  /** Points with a mean but no interval (a single completed run). */
  long singles() {
    return items.stream().filter(i -> !i.hasInterval()).count();
  }

  /** The y axis label: the KPI with its unit. */
  String kpiLabel() {
    return unit.isEmpty() ? kpi : kpi + " [" + unit + "]";
  }

  /** One paragraph on how to read the chart, true to what it draws. */
  String caption() {
    String param = parameter.path();
    StringBuilder c = new StringBuilder("Mean of ").append(kpiLabel())
        .append(" at each design point over its completed replications");
    c.append(band() ? ", with its 95 % confidence interval (Student t) as a shaded band, "
        + "against " : bars() ? ", with its 95 % confidence interval (Student t) as a bar, "
        + "against " : ", against ").append(param).append('.');
    if (!parameter.numeric()) {
      c.append(" The values of ").append(param).append(" are choices, shown as categories in "
          + "the order the design first uses them.");
    }
    if (connected) {
      c.append(" The line joins the means in order of ").append(param).append('.');
    }
    if (!others.isEmpty()) {
      c.append(others.size() == 1 ? " Another parameter varies too (" : " Other parameters "
          + "vary too (").append(others.size() <= 3 ? joinAnd(others) : others.size() + " of "
          + "them").append("), so this is a scatter of design points rather than a curve: the "
          + "spread at one value of ").append(param).append(" includes their effects.");
    }
    if (dodged) {
      c.append(" Points that share a value are spread a little sideways so that none hides "
          + "another").append(parameter.numeric() ? " (the shift is not a change of "
          + param + ")." : ".");
    }
    long singles = singles();
    if ((bars() || band()) && singles > 0) {
      c.append(" Hollow circles: ").append(singles).append(singles == 1 ? " point" : " points")
          .append(" with a single completed run, which has no interval")
          .append(band() ? "; the band passes over them." : ".");
    }
    if (!bars() && !band()) {
      c.append(" With ").append(items.size()).append(" points the interval bars are left out "
          + "so that the cloud stays legible; points.csv has every interval.");
    }
    return c.toString();
  }

  private static String joinAnd(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and "
        + names.get(names.size() - 1);
  }
}
