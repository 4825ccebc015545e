package org.citysim.reports.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.citysim.reports.compare.RunData;
import org.citysim.sim.metrics.TimeSeries;

/**
 * Writes the charts of a comparison, each as PNG and SVG: the vehicles in the network of every
 * run on one time axis, and the control delay per junction grouped by run. The public way into
 * this package for comparisons, as {@link RunCharts} is for runs. A chart is left out when no
 * run has its data (no series, no signalised junction), rather than drawn empty.
 */
public final class ComparisonCharts {
  /** Series overlaid, as {@code series.csv} names it. */
  static final String VEHICLES = "vehicles in network";

  private final ChartOutput output;
  private final ChartStyle style;

  /** Creates the chart writer; forces headless AWT unless the JVM was told otherwise. */
  public ComparisonCharts() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    this.output = new ChartOutput();
    this.style = new ChartStyle();
  }

  /**
   * Writes the charts of {@code runs} (the reference first) into {@code dir}, created if
   * missing.
   *
   * @return the charts written, in report order, file names relative to {@code dir}
   */
  public List<ChartFile> write(List<RunData> runs, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Callable<Void>> tasks = new ArrayList<>();
    List<ChartFile> files = new ArrayList<>();
    List<TimeSeries> vehicles = new ArrayList<>();
    double start = Double.POSITIVE_INFINITY;
    double end = Double.NEGATIVE_INFINITY;
    for (RunData r : runs) {
      start = Math.min(start, r.start());
      end = Math.max(end, r.end());
      r.series(VEHICLES).ifPresent(s -> vehicles.add(
          new TimeSeries(r.label(), s.unit(), s.times(), s.values())));
    }
    if (!vehicles.isEmpty()) {
      ChartFile f = new ChartFile("Vehicles in network",
          "Vehicles on links over the day, one line per run.", "vehicles-in-network.png",
          "vehicles-in-network.svg");
      double s0 = start;
      double s1 = end;
      tasks.add(() -> output.writeBoth(new SeriesChart(style).build(f.title(), vehicles, s0, s1)
          ::draw, RunCharts.CHART_W, RunCharts.CHART_H, dir, f));
      files.add(f);
    }
    List<String> junctions = JunctionDelayComparisonChart.shown(runs);
    if (!junctions.isEmpty()) {
      ChartFile f = new ChartFile("Control delay per junction",
          "Average control delay of the junctions with the highest delay, one bar per run.",
          "junction-delay.png", "junction-delay.svg");
      int h = JunctionDelayComparisonChart.height(junctions.size(), runs.size());
      tasks.add(() -> output.writeBoth(new JunctionDelayComparisonChart(style)
          .build(f.title(), runs)::draw, RunCharts.CHART_W, h, dir, f));
      files.add(f);
    }
    ParallelTasks.runAll(tasks);
    return List.copyOf(files);
  }
}
