package org.citysim.reports.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.citysim.reports.AtomicFolder;
import org.citysim.reports.RunFolders;
import org.citysim.reports.chart.SweepChartSet;
import org.citysim.reports.chart.SweepCharts;
import org.citysim.reports.csv.SweepPointsCsvWriter;
import org.citysim.reports.html.DataFile;
import org.citysim.reports.html.KpiCatalog;
import org.citysim.reports.html.SweepHtmlWriter;

/**
 * Writes the report of a finished sweep into a folder of its own: {@code index.html}, {@code
 * points.csv} (every design point; the page's table shows the first few hundred) and {@code
 * charts/} (PNG and SVG). The folder is written atomically like a run folder, and may replace
 * only an earlier sweep report (it holds {@code points.csv}) or an empty folder, never the
 * sweep's own folder of results and runs. Everything but the PNGs (which depend on the
 * platform's rasteriser) is byte-identical for equal summaries.
 */
public final class SweepReportWriter {
  /** File every finished sweep report folder holds. */
  public static final String MARKER = "points.csv";
  /** Charts folder, relative to the report folder. */
  static final String CHARTS_DIR = "charts";
  private static final String KIND = "citysim sweep report folder";
  private static final List<DataFile> DATA_FILES = List.of(new DataFile(MARKER, "one row per "
      + "design point: its parameter values, runs and failed runs, and per KPI the completed "
      + "replications, mean, standard deviation and 95 % confidence interval [KPI unit]"));

  /** Why {@code target} cannot receive a sweep report, or empty if it can. */
  public static Optional<String> problem(Path target) {
    return RunFolders.problem(target, MARKER, KIND);
  }

  /**
   * Writes the report of {@code summary} into {@code dir}: built in {@code <dir>.partial} and
   * renamed to {@code dir}, replacing an earlier report there. {@link RunLink#folder()}s are
   * relative to {@code dir}.
   *
   * @return {@code dir}
   * @throws IOException on I/O failure, or if {@code dir} holds something other than a sweep
   *                     report; {@code dir} is then left as it was
   * @throws IllegalArgumentException if a point's values do not match the parameters
   */
  public Path write(SweepSummary summary, Path dir) throws IOException {
    check(summary);
    AtomicFolder folder = new AtomicFolder(dir, MARKER, KIND);
    Path out = folder.partial();
    try {
      SweepChartSet charts = new SweepCharts().write(summary, KpiCatalog::unit,
          out.resolve(CHARTS_DIR));
      new SweepPointsCsvWriter().write(summary, out.resolve(MARKER));
      // Last, so a folder with index.html has everything the page links to.
      new SweepHtmlWriter().write(summary, CHARTS_DIR, charts, DATA_FILES,
          out.resolve("index.html"));
      folder.commit();
    } catch (IOException | RuntimeException | Error e) {
      folder.abandon(e);
      throw e;
    }
    return dir;
  }

  /** Catches a summary the analysis built wrongly before any file is touched. */
  private static void check(SweepSummary s) {
    for (PointSummary p : s.points()) {
      if (p.values().size() != s.parameters().size()) {
        throw new IllegalArgumentException("sweep summary: point " + p.point() + " has "
            + p.values().size() + " values for " + s.parameters().size() + " parameters");
      }
    }
  }
}
