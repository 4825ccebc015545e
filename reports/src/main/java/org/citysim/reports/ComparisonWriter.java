package org.citysim.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citysim.reports.chart.ChartFile;
import org.citysim.reports.chart.ComparisonCharts;
import org.citysim.reports.compare.KpiComparison;
import org.citysim.reports.compare.RunData;
import org.citysim.reports.compare.RunFolderException;
import org.citysim.reports.compare.RunFolderReader;
import org.citysim.reports.csv.ComparisonCsvWriter;
import org.citysim.reports.html.ComparisonHtmlWriter;
import org.citysim.reports.html.DataFile;
import org.citysim.reports.html.KpiCatalog;

/**
 * Compares finished runs: reads their folders and writes a comparison folder with
 * {@code index.html} (the runs, the KPI table side by side with the first run as reference and
 * the best values marked, the charts), {@code comparison.csv} and {@code charts/}. The folder
 * is written atomically like a run folder, and may replace only an earlier comparison folder
 * (it holds {@code comparison.csv}) or an empty one.
 */
public final class ComparisonWriter {
  /** File every finished comparison folder holds. */
  public static final String MARKER = "comparison.csv";
  private static final String KIND = "citysim comparison folder";
  /** Longest default folder name made of run names [characters]. */
  private static final int MAX_NAME = 100;

  private final String version;

  /**
   * @param version citysim version, shown on the page
   */
  public ComparisonWriter(String version) {
    this.version = version;
  }

  /**
   * Reads the run folders, in order; the first is the reference. Each run is labelled by its
   * folder name, with " (2)", " (3)", ... for repeated names.
   *
   * @return the runs, or every problem found (one per folder at most)
   */
  public static List<RunData> read(List<Path> folders, List<RunFolderException> problems) {
    RunFolderReader reader = new RunFolderReader();
    List<RunData> runs = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Path f : folders) {
      Path name = f.toAbsolutePath().normalize().getFileName();
      String base = name == null ? f.toString() : name.toString();
      int n = seen.merge(base, 1, Integer::sum);
      try {
        runs.add(reader.read(f, n == 1 ? base : base + " (" + n + ")"));
      } catch (RunFolderException e) {
        problems.add(e);
      }
    }
    return runs;
  }

  /** The default folder for comparing {@code runs}: {@code runs/compare-<a>-vs-<b>...}. */
  public static Path defaultFolder(List<RunData> runs) {
    List<String> labels = runs.stream().map(r -> r.label().replaceAll("[^A-Za-z0-9._-]", "_"))
        .toList();
    String name = String.join("-vs-", labels);
    if (name.length() > MAX_NAME) {
      name = labels.get(0) + "-vs-" + (labels.size() - 1) + "-more";
      name = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }
    return Path.of("runs", "compare-" + name);
  }

  /** Why {@code target} cannot receive a comparison folder, or empty if it can. */
  public static Optional<String> problem(Path target) {
    return RunFolders.problem(target, MARKER, KIND);
  }

  /**
   * Writes the comparison of {@code runs} (the reference first) into {@code outDir}.
   *
   * @param charts whether to draw the charts
   * @return {@code outDir}
   * @throws IOException on I/O failure; {@code outDir} is then left as it was
   */
  public Path write(List<RunData> runs, Path outDir, boolean charts) throws IOException {
    KpiComparison table = KpiComparison.of(runs, KpiCatalog::unit, KpiCatalog::better);
    AtomicFolder folder = new AtomicFolder(outDir, MARKER, KIND);
    Path dir = folder.partial();
    try {
      List<ChartFile> chartFiles = charts
          ? new ComparisonCharts().write(runs, dir.resolve(RunReportWriter.CHARTS_DIR))
          : List.of();
      new ComparisonCsvWriter().write(table, dir.resolve(MARKER));
      new ComparisonHtmlWriter().write(runs, table, version, RunReportWriter.CHARTS_DIR,
          chartFiles, List.of(new DataFile(MARKER, "the KPI table: one row per KPI, each "
              + "run's value and its change against the first run [%]")),
          dir.resolve("index.html"));
      folder.commit();
    } catch (IOException | RuntimeException | Error e) {
      folder.abandon(e);
      throw e;
    }
    return outDir;
  }
}
