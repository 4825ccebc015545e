package org.citysim.reports.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.citysim.sim.metrics.TimeSeries;

/**
 * Writes time series side by side: a {@code time} column [s since midnight] and one column per
 * series, one row per sample time. Used for {@code series.csv} (the network-wide series, columns
 * named {@code name [unit]}) and {@code junction-queues.csv} (one column per junction, named by
 * its id, [veh]). Series sampled at other times than the rest get empty fields where they have
 * no sample.
 */
public final class SeriesCsvWriter {
  /** Name of the first column. */
  public static final String TIME = "time";

  private final boolean unitsInHeader;

  /**
   * @param unitsInHeader whether column names carry the unit, as {@code name [unit]}
   */
  public SeriesCsvWriter(boolean unitsInHeader) {
    this.unitsInHeader = unitsInHeader;
  }

  /** The column name of {@code s}. */
  public String column(TimeSeries s) {
    return unitsInHeader && s.unit() != null && !s.unit().isEmpty()
        ? s.name() + " [" + s.unit() + "]" : s.name();
  }

  /** Writes {@code series} to {@code file}. */
  public void write(List<TimeSeries> series, Path file) throws IOException {
    // Rows by time; a TreeMap keeps them increasing whatever order the series come in.
    TreeMap<Double, double[]> rows = new TreeMap<>();
    for (int k = 0; k < series.size(); k++) {
      double[] t = series.get(k).times();
      double[] v = series.get(k).values();
      for (int i = 0; i < t.length; i++) {
        double[] row = rows.computeIfAbsent(t[i], x -> nanRow(series.size()));
        row[k] = v[i];
      }
    }
    try (CsvLineWriter csv = new CsvLineWriter(file)) {
      csv.text(TIME);
      for (TimeSeries s : series) {
        csv.text(column(s));
      }
      csv.endRow();
      for (var e : rows.entrySet()) {
        csv.decimal(e.getKey());
        for (double v : e.getValue()) {
          csv.decimal(v);
        }
        csv.endRow();
      }
    }
  }

  private static double[] nanRow(int n) {
    double[] r = new double[n];
    java.util.Arrays.fill(r, Double.NaN);
    return r;
  }
}
