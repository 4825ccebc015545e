package org.citysim.reports.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.metrics.PollutionOutputs;
import org.citysim.sim.metrics.PollutionOutputs.Field;
import org.citysim.sim.metrics.PollutionOutputs.Grid;

/**
 * Writes {@code pollution.csv}, the concentration field on its grid: one row per cell, in array
 * order (j, then i), with the cell indices, its centre [m] and, per dispersed pollutant in the
 * model's order, the run-mean and peak-hour concentration [ug/m3] (columns
 * {@code <pollutant>_mean}, {@code <pollutant>_peak}). Cells where every value is zero or missing
 * are left out (they carry nothing and make large grids bulky); a run without a field gets the
 * header {@code i,j,x_center,y_center} only.
 */
public final class PollutionCsvWriter {
  /** The columns every file starts with. */
  public static final String CELL_COLUMNS = "i,j,x_center,y_center";

  /** The header for {@code out}'s fields. */
  public static String header(PollutionOutputs out) {
    StringBuilder h = new StringBuilder(CELL_COLUMNS);
    for (Field f : fields(out)) {
      h.append(',').append(f.pollutant()).append("_mean,").append(f.pollutant()).append("_peak");
    }
    return h.toString();
  }

  /** Writes the field of {@code out} to {@code file}. */
  public void write(PollutionOutputs out, Path file) throws IOException {
    List<Field> fields = fields(out);
    // Copied once: the record hands out a fresh copy on every call.
    List<double[]> means = new ArrayList<>();
    List<double[]> peaks = new ArrayList<>();
    for (Field f : fields) {
      means.add(f.mean());
      peaks.add(f.peak());
    }
    try (CsvLineWriter csv = new CsvLineWriter(file)) {
      csv.header(header(out).split(","));
      Grid g = out.grid();
      if (fields.isEmpty()) {
        return;
      }
      for (int j = 0; j < g.ny(); j++) {
        for (int i = 0; i < g.nx(); i++) {
          int c = j * g.nx() + i;
          if (!anyValue(means, peaks, c)) {
            continue;
          }
          csv.integer(i).integer(j).decimal(g.x0() + (i + 0.5) * g.cell())
              .decimal(g.y0() + (j + 0.5) * g.cell());
          for (int k = 0; k < fields.size(); k++) {
            csv.decimal(value(means.get(k), c)).decimal(value(peaks.get(k), c));
          }
          csv.endRow();
        }
      }
    }
  }

  /** The fields that can be written: none without a grid. */
  private static List<Field> fields(PollutionOutputs out) {
    return out.grid() == null ? List.of() : out.fields();
  }

  private static boolean anyValue(List<double[]> means, List<double[]> peaks, int c) {
    for (int k = 0; k < means.size(); k++) {
      double m = value(means.get(k), c);
      double p = value(peaks.get(k), c);
      if ((Double.isFinite(m) && m != 0) || (Double.isFinite(p) && p != 0)) {
        return true;
      }
    }
    return false;
  }

  /** A short array (a model bug) gives missing values rather than an exception mid-file. */
  private static double value(double[] a, int c) {
    return c < a.length ? a[c] : Double.NaN;
  }
}
