package org.citysim.reports.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citysim.reports.json.SummaryJsonReader;
import org.citysim.sim.metrics.TimeSeries;

/**
 * Reads what a comparison needs from a run folder: {@code summary.json}, {@code series.csv}
 * and {@code junctions.csv}. Anything that is not a finished citysim run folder is refused
 * with a {@link RunFolderException} that says which file is at fault and why.
 */
public final class RunFolderReader {
  /** File every finished run folder holds (see {@code RunFolders}). */
  static final String RUN_MARKER = "run.json";
  static final String SUMMARY = "summary.json";
  static final String SERIES = "series.csv";
  static final String JUNCTIONS = "junctions.csv";

  private static final String RERUN = "run the scenario again with this citysim version";

  /**
   * Reads the run folder {@code dir} under the name {@code label}.
   *
   * @throws RunFolderException when {@code dir} is not a readable citysim run folder
   */
  public RunData read(Path dir, String label) throws RunFolderException {
    if (!Files.exists(dir)) {
      throw new RunFolderException(dir, 0, 0, "no such folder",
          "give the folder of a run, e.g. runs/grid-town-seed42");
    }
    if (!Files.isDirectory(dir)) {
      throw new RunFolderException(dir, 0, 0, "not a folder",
          "give the folder of a run, not a file in it");
    }
    if (!Files.isRegularFile(dir.resolve(RUN_MARKER))) {
      throw new RunFolderException(dir, 0, 0, "not a citysim run folder: it has no "
          + RUN_MARKER, "give a folder written by citysim run");
    }
    for (String f : List.of(SUMMARY, SERIES, JUNCTIONS)) {
      if (!Files.isRegularFile(dir.resolve(f))) {
        throw new RunFolderException(dir, 0, 0, "the run folder has no " + f
            + (f.equals(SUMMARY) ? "" : " (older citysim versions did not write it)"), RERUN);
      }
    }
    Path summaryFile = dir.resolve(SUMMARY);
    try {
      SummaryJsonReader.Summary s = new SummaryJsonReader().read(summaryFile);
      return new RunData(label, dir, s.name(), s.seed(), s.replication(), s.start(), s.end(),
          s.kpis(), series(dir.resolve(SERIES)), junctions(dir.resolve(JUNCTIONS)));
    } catch (SummaryJsonReader.Invalid e) {
      throw new RunFolderException(summaryFile, e.line(), e.column(), e.getMessage(), RERUN);
    } catch (IOException e) {
      throw new RunFolderException(dir, 0, 0, "cannot read the run folder: " + e.getMessage(),
          "check that the folder and its files are readable");
    }
  }

  private static List<TimeSeries> series(Path file) throws IOException, RunFolderException {
    CsvTable t = CsvTable.read(file);
    if (t.header().isEmpty() || !t.header().get(0).equals("time")) {
      throw new RunFolderException(file, 1, 1, "the first column is not 'time'", RERUN);
    }
    int n = t.rows().size();
    double[] times = new double[n];
    for (int r = 0; r < n; r++) {
      times[r] = number(file, t, r, 0, false);
    }
    List<TimeSeries> out = new ArrayList<>();
    for (int c = 1; c < t.header().size(); c++) {
      double[] v = new double[n];
      for (int r = 0; r < n; r++) {
        v[r] = number(file, t, r, c, true);
      }
      String name = t.header().get(c);
      int unitAt = name.lastIndexOf(" [");
      String unit = unitAt > 0 && name.endsWith("]") ? name.substring(unitAt + 2,
          name.length() - 1) : "";
      out.add(new TimeSeries(unitAt > 0 && name.endsWith("]") ? name.substring(0, unitAt)
          : name, unit, times, v));
    }
    return out;
  }

  private static List<JunctionRow> junctions(Path file) throws IOException, RunFolderException {
    CsvTable t = CsvTable.read(file);
    int id = t.column(file, "junction");
    int vehicles = t.column(file, "vehicles");
    int delay = t.column(file, "controlDelay");
    int los = t.column(file, "los");
    List<JunctionRow> out = new ArrayList<>();
    for (int r = 0; r < t.rows().size(); r++) {
      List<String> row = t.rows().get(r);
      out.add(new JunctionRow(row.get(id), (long) number(file, t, r, vehicles, false),
          number(file, t, r, delay, true), row.get(los)));
    }
    return out;
  }

  /** The number in row {@code r}, column {@code c}; an empty field is NaN if allowed. */
  private static double number(Path file, CsvTable t, int r, int c, boolean emptyOk)
      throws RunFolderException {
    String s = t.rows().get(r).get(c);
    if (s.isEmpty() && emptyOk) {
      return Double.NaN;
    }
    try {
      double v = Double.parseDouble(s);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new RunFolderException(file, t.lines().get(r), 0, "column '" + t.header().get(c)
        + "': '" + s + "' is not a number", RERUN);
  }
}
