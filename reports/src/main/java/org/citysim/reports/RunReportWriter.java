package org.citysim.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citysim.reports.chart.ChartFile;
import org.citysim.reports.chart.RunCharts;
import org.citysim.reports.csv.LinksCsvWriter;
import org.citysim.reports.csv.TripsCsvWriter;
import org.citysim.reports.html.DataFile;
import org.citysim.reports.html.HtmlReportWriter;
import org.citysim.reports.json.RunInfoJsonWriter;
import org.citysim.reports.json.SummaryJsonWriter;
import org.citysim.sim.metrics.RunInfo;
import org.citysim.sim.metrics.RunResult;

/**
 * Writes the output folder of one run: {@code summary.json}, {@code run.json},
 * {@code scenario.yaml}, {@code trips.csv}, {@code links.csv}, {@code charts/} (PNG and SVG) and
 * {@code index.html}. Everything except {@code run.json} (and the PNGs, which depend on the
 * platform's rasteriser) is byte-identical for equal {@link RunResult}s.
 */
public final class RunReportWriter {
  static final String CHARTS_DIR = "charts";

  /** Files linked from the report, in the order shown. */
  static final List<DataFile> DATA_FILES = List.of(
      new DataFile("summary.json", "KPIs and scenario identity (deterministic)"),
      new DataFile("trips.csv", "one row per departed trip; times [s since midnight], "
          + "durations [s], distances [m]"),
      new DataFile("links.csv", "one row per link and interval; counts [veh], times [s]"),
      new DataFile("scenario.yaml", "the scenario as resolved for this run"),
      new DataFile("run.json", "version, commit, wall time and event rates of this run"));

  public RunReportWriter() {}

  /**
   * Writes the whole run folder atomically: it is built in {@code <outDir>.partial} and renamed
   * to {@code outDir}, replacing an existing folder there.
   *
   * @return {@code outDir}
   * @throws IOException on I/O failure; {@code outDir} is then left as it was
   */
  public Path write(RunResult result, RunInfo info, Path outDir) throws IOException {
    AtomicFolder folder = new AtomicFolder(outDir);
    Path dir = folder.partial();
    try {
      new SummaryJsonWriter().write(result, dir.resolve("summary.json"));
      new RunInfoJsonWriter().write(info, dir.resolve("run.json"));
      Files.writeString(dir.resolve("scenario.yaml"), result.resolvedScenario(),
          StandardCharsets.UTF_8);
      new TripsCsvWriter().write(result.trips(), dir.resolve("trips.csv"));
      new LinksCsvWriter().write(result.linkStats(), dir.resolve("links.csv"));
      List<ChartFile> charts = new RunCharts().write(result, dir.resolve(CHARTS_DIR));
      // Last, so a folder with index.html has everything the page links to.
      new HtmlReportWriter().write(result, info, CHARTS_DIR, charts, DATA_FILES,
          dir.resolve("index.html"));
      folder.commit();
    } catch (IOException | RuntimeException | Error e) {
      // Errors too (e.g. NoClassDefFoundError from a broken AWT setup): no stale .partial.
      folder.abandon(e);
      throw e;
    }
    return outDir;
  }
}
