package org.citysim.reports.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Sensitivity indices grouped per KPI, in the order the report shows them. */
public final class KpiGroups {
  private KpiGroups() {}

  /**
   * Groups {@code indices} by KPI: the sweep's KPIs in its order, then any other KPI an index
   * names, in the order met; KPIs without indices are left out. Within a KPI the indices follow
   * the sweep's parameter order (parameters the sweep does not list last, as given).
   */
  public static <T> Map<String, List<T>> byKpi(SweepSummary summary, List<T> indices,
      Function<T, String> kpi, Function<T, String> parameter) {
    Map<String, List<T>> groups = new LinkedHashMap<>();
    for (String k : summary.kpis()) {
      groups.put(k, new ArrayList<>());
    }
    for (T i : indices) {
      groups.computeIfAbsent(kpi.apply(i), k -> new ArrayList<>()).add(i);
    }
    List<String> parameters = summary.parameters();
    Comparator<T> order = Comparator.comparingInt(i -> {
      int at = parameters.indexOf(parameter.apply(i));
      return at < 0 ? parameters.size() : at;
    });
    Map<String, List<T>> out = new LinkedHashMap<>();
    groups.forEach((k, list) -> {
      if (!list.isEmpty()) {
        list.sort(order); // stable: unknown parameters keep their order
        out.put(k, List.copyOf(list));
      }
    });
    return out;
  }
}
