package org.citysim.reports.sweep;

import java.util.List;
import java.util.Map;

/**
 * One design point of a sweep.
 *
 * @param point  design point index
 * @param values parameter values in the sweep's parameter order ({@link Double} or {@link
 *               String})
 * @param runs   runs made at this point (all replications)
 * @param failed runs that failed
 * @param kpis   statistics per KPI path, for KPIs with at least one completed run
 */
public record PointSummary(int point, List<Object> values, int runs, int failed,
    Map<String, KpiStats> kpis) {
  public PointSummary {
    values = List.copyOf(values);
    kpis = Map.copyOf(kpis);
  }
}
