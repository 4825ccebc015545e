package org.citysim.reports.chart;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The charts of a sweep report, by where the page shows them. Maps are looked up, never
 * iterated, so their order does not matter.
 *
 * @param effects per KPI path, its charts against each varying parameter, in parameter order
 * @param sobol   per KPI path with Sobol indices, its bar chart
 * @param morris  per KPI path with Morris indices, its mu*-sigma chart
 */
public record SweepChartSet(Map<String, List<ChartFile>> effects, Map<String, ChartFile> sobol,
    Map<String, ChartFile> morris) {
  public SweepChartSet {
    effects = Map.copyOf(effects);
    sobol = Map.copyOf(sobol);
    morris = Map.copyOf(morris);
  }

  /** The charts of {@code kpi} against the parameters; empty if none was drawn. */
  public List<ChartFile> effects(String kpi) {
    return effects.getOrDefault(kpi, List.of());
  }

  /** The Sobol chart of {@code kpi}, if it has indices. */
  public Optional<ChartFile> sobol(String kpi) {
    return Optional.ofNullable(sobol.get(kpi));
  }

  /** The Morris chart of {@code kpi}, if it has indices. */
  public Optional<ChartFile> morris(String kpi) {
    return Optional.ofNullable(morris.get(kpi));
  }
}
