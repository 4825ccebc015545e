package org.citysim.reports.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small sweep summaries for the report tests, built by hand with known figures. */
final class TestSweeps {
  static final String DELAY = "delay.mean";
  static final String ARRIVED = "vehicles.arrived";

  private TestSweeps() {}

  /** Statistics of {@code n} runs with mean {@code mean} and interval half-width {@code half}. */
  static KpiStats stats(int n, double mean, double half) {
    return n < 2 ? new KpiStats(n, mean, Double.NaN, Double.NaN, Double.NaN)
        : new KpiStats(n, mean, half, mean - half, mean + half);
  }

  /**
   * A full factorial of a numeric rate (3 levels) and a choice of controller (2), 3
   * replications: point 4 has one completed run (no interval) and point 5 none of
   * vehicles.arrived.
   */
  static SweepSummary plain() {
    List<PointSummary> points = new ArrayList<>();
    int i = 0;
    for (String controller : List.of("fixed", "pid")) {
      for (double rate : new double[] {0.5, 1.0, 1.5}) {
        Map<String, KpiStats> kpis = new LinkedHashMap<>();
        double delay = 20 + 30 * rate + (controller.equals("pid") ? -5 : 0);
        int failed = i == 4 ? 2 : 0;
        kpis.put(DELAY, stats(3 - failed, delay, 1.25));
        if (i != 5) {
          kpis.put(ARRIVED, stats(3 - failed, 1000 * rate, 12));
        }
        points.add(new PointSummary(i++, List.of(rate, controller), 3, failed, kpis));
      }
    }
    List<RunLink> links = List.of(
        // A report inside the sweep's folder reaches its runs through "..".
        new RunLink("best delay.mean", DELAY, 3, 1, 33.5, Path.of("..", "runs", "p3-r1")),
        new RunLink("worst delay.mean", DELAY, 2, 0, 66.25, Path.of("runs", "p2-r0")));
    return summary("rates and controllers", "full-factorial", List.of("demand.rate",
        "controller"), points, List.of(), List.of(), links);
  }

  /** Three numeric parameters of a Saltelli design (n = 4, so 20 points) with Sobol indices. */
  static SweepSummary sobol() {
    List<String> params = List.of("demand.rate", "signals.cycle", "pollution.decay");
    List<SobolIndex> sobol = new ArrayList<>();
    for (String kpi : List.of(DELAY, ARRIVED)) {
      sobol.add(new SobolIndex(kpi, "demand.rate", 0.62, 0.51, 0.73, 0.70, 0.6, 0.82));
      sobol.add(new SobolIndex(kpi, "signals.cycle", 0.21, 0.1, 0.33, 0.27, 0.15, 0.4));
      // No bootstrap interval for the third (too few resamples): no whisker, "–".
      sobol.add(new SobolIndex(kpi, "pollution.decay", -0.01, Double.NaN, Double.NaN, 0.02,
          Double.NaN, Double.NaN));
    }
    return summary("sobol", "sobol", params, cube(20, params.size()), sobol, List.of(),
        List.of());
  }

  /** Three numeric parameters of a Morris design (r = 3, so 12 points) with indices. */
  static SweepSummary morris() {
    List<String> params = List.of("demand.rate", "signals.cycle", "pollution.decay");
    List<MorrisIndex> morris = List.of(
        new MorrisIndex(DELAY, "demand.rate", 40.0, 38.5, 12.0, 3),
        new MorrisIndex(DELAY, "signals.cycle", 8.0, -1.0, 9.5, 3),
        new MorrisIndex(DELAY, "pollution.decay", 0.0, 0.0, 0.0, 3));
    return summary("morris", "morris", params, cube(12, params.size()), List.of(), morris,
        List.of());
  }

  /** {@code n} points of one numeric parameter, each with 2 replications. */
  static SweepSummary large(int n) {
    List<PointSummary> points = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double x = (i * 0.618034) % 1.0;
      points.add(new PointSummary(i, List.of(x), 2, 0, Map.of(DELAY, stats(2, 10 + 5 * x,
          0.5))));
    }
    return new SweepSummary("large", "scenarios/grid-town.yaml", "latin-hypercube",
        List.of("demand.rate"), List.of(DELAY), 2, 7, 2 * n, 0, points, List.of(), List.of(),
        List.of(), "0.1.0-test");
  }

  /** Points spread over the unit cube deterministically, 2 replications each. */
  private static List<PointSummary> cube(int n, int k) {
    List<PointSummary> points = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Object> values = new ArrayList<>();
      double sum = 0;
      for (int j = 0; j < k; j++) {
        double u = ((i + 1) * (0.618034 + 0.1 * j)) % 1.0;
        values.add(u);
        sum += u * (k - j);
      }
      points.add(new PointSummary(i, values, 2, 0, Map.of(DELAY, stats(2, 30 + 10 * sum, 2),
          ARRIVED, stats(2, 900 - 50 * sum, 15))));
    }
    return points;
  }

  static SweepSummary summary(String name, String design, List<String> params,
      List<PointSummary> points, List<SobolIndex> sobol, List<MorrisIndex> morris,
      List<RunLink> links) {
    int runs = points.stream().mapToInt(PointSummary::runs).sum();
    int failed = points.stream().mapToInt(PointSummary::failed).sum();
    int replications = points.get(0).runs();
    return new SweepSummary(name, "scenarios/grid-town.yaml", design, params,
        List.of(DELAY, ARRIVED), replications, 42, runs, failed, points, sobol, morris, links,
        "0.1.0-test (abc1234)");
  }
}
