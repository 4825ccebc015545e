package org.citysim.reports.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citysim.reports.compare.KpiComparison;

/**
 * Writes {@code comparison.csv}: one row per KPI with its unit, its direction
 * ({@code lower}, {@code higher} or empty), each run's value, each other run's change against
 * the first run [%], and the labels of the best runs (separated by ";", empty when no run is
 * better than another). Counts are integers, measures have three decimals, text (a grade) is
 * as it is, and a value a run lacks or that is undefined is an empty field.
 */
public final class ComparisonCsvWriter {
  /** Writes {@code table} to {@code file}. */
  public void write(KpiComparison table, Path file) throws IOException {
    List<String> runs = table.runs();
    try (CsvLineWriter csv = new CsvLineWriter(file)) {
      List<String> header = new ArrayList<>(List.of("kpi", "unit", "better"));
      header.add(runs.get(0));
      for (int i = 1; i < runs.size(); i++) {
        header.add(runs.get(i));
        header.add(runs.get(i) + " change [%]");
      }
      header.add("best");
      csv.header(header.toArray(String[]::new));
      for (KpiComparison.Row row : table.rows()) {
        csv.text(row.key()).text(row.unit()).text(switch (row.better()) {
          case LOWER -> "lower";
          case HIGHER -> "higher";
          case NONE -> "";
        });
        double[] changes = row.changes();
        boolean[] best = row.best();
        List<String> bestRuns = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
          value(csv, row.values().get(i));
          if (i > 0) {
            csv.decimal(changes[i]);
          }
          if (best[i]) {
            bestRuns.add(runs.get(i));
          }
        }
        csv.text(String.join(";", bestRuns));
        csv.endRow();
      }
    }
  }

  private static void value(CsvLineWriter csv, Object v) throws IOException {
    if (v instanceof Long || v instanceof Integer) {
      csv.integer(((Number) v).longValue());
    } else if (v instanceof Number n) {
      csv.decimal(n.doubleValue());
    } else {
      csv.text(v == null ? "" : v.toString());
    }
  }
}
