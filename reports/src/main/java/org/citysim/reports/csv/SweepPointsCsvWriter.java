package org.citysim.reports.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citysim.reports.sweep.KpiStats;
import org.citysim.reports.sweep.PointSummary;
import org.citysim.reports.sweep.SweepSummary;
import org.citysim.reports.text.Decimals;

/**
 * Writes a sweep's design points, all of them (the report's table shows the first few hundred):
 * one row per point with its index, its parameter values (numbers in full, texts as they are),
 * its runs and failed runs, and per KPI the completed replications, mean, standard deviation
 * and 95 % confidence interval [KPI unit, three decimals]. An undefined statistic (a single
 * run's sd and interval, a KPI no run recorded) is an empty field.
 */
public final class SweepPointsCsvWriter {
  /** Writes {@code summary}'s points to {@code file}. */
  public void write(SweepSummary summary, Path file) throws IOException {
    try (CsvLineWriter csv = new CsvLineWriter(file)) {
      List<String> header = new ArrayList<>(List.of("point"));
      header.addAll(summary.parameters());
      header.addAll(List.of("runs", "failed"));
      for (String kpi : summary.kpis()) {
        for (String column : List.of("n", "mean", "sd", "ci95 low", "ci95 high")) {
          header.add(kpi + " " + column);
        }
      }
      csv.header(header.toArray(String[]::new));
      for (PointSummary p : summary.points()) {
        csv.integer(p.point());
        for (Object v : p.values()) {
          csv.text(value(v));
        }
        csv.integer(p.runs()).integer(p.failed());
        for (String kpi : summary.kpis()) {
          KpiStats s = p.kpis().get(kpi);
          if (s == null) {
            csv.integer(0).text("").text("").text("").text("");
          } else {
            csv.integer(s.n()).decimal(s.mean()).decimal(s.sd()).decimal(s.ciLow())
                .decimal(s.ciHigh());
          }
        }
        csv.endRow();
      }
    }
  }

  /** A parameter value: a number in full, a text as it is; empty when undefined. */
  private static String value(Object v) {
    if (v instanceof Number n) {
      return Double.isFinite(n.doubleValue()) ? Decimals.plain(n) : "";
    }
    return v == null ? "" : v.toString();
  }
}
