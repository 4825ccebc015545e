package org.citysim.reports.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.citysim.sim.metrics.NetworkGeometry;
import org.citysim.sim.metrics.RunResult;
import org.jfree.chart.JFreeChart;

/**
 * Writes the charts of a run, each as PNG and SVG, into a charts folder. The only public way
 * into this package, so JFreeChart and jfreesvg types never appear in other packages.
 */
public final class RunCharts {
  /** Size of the line and bar charts [px]. */
  static final int CHART_W = 900;
  static final int CHART_H = 500;
  /** Size of the network map [px]; square because maps use an equal aspect ratio. */
  static final int MAP_SIZE = 800;
  /** Size of the observed-against-true scatter plot [px]; square so the diagonal is at 45°. */
  static final int SCATTER_SIZE = 600;

  private final ChartOutput output;
  private final ChartStyle style;

  /** Creates the chart writer; forces headless AWT unless the JVM was told otherwise. */
  public RunCharts() {
    // Must happen before the first AWT class loads; a server or CI has no display.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    // Assigned here, not in field initialisers, which would run first and load AWT (fonts).
    this.output = new ChartOutput();
    this.style = new ChartStyle();
  }

  /**
   * Writes all charts of {@code result} into {@code dir} (created if missing). The charts are
   * drawn concurrently, one task per chart (a JFreeChart object is not safe to draw from two
   * threads, so each chart's PNG and SVG come from the same task); each file is written by
   * exactly one task, so the output does not depend on the order they finish in.
   *
   * @return the charts written, in report order, with file names relative to {@code dir}
   */
  public List<ChartFile> write(RunResult result, Path dir) throws IOException {
    Files.createDirectories(dir);
    ChartFile series = new ChartFile("Vehicles in network",
        "Network-wide time series against time of day.",
        "vehicles-in-network.png", "vehicles-in-network.svg");
    ChartFile histogram = new ChartFile("Travel-time distribution",
        "Travel times of arrived trips, from planned departure to arrival.",
        "travel-time-distribution.png", "travel-time-distribution.svg");
    ChartFile map = new ChartFile("Network congestion",
        "Links coloured by mean travel time over free-flow time; each direction drawn to the "
            + "right of its travel direction.",
        "network.png", "network.svg");
    List<Callable<Void>> tasks = new ArrayList<>(List.<Callable<Void>>of(
        // The map is the slowest (one shape per link), so it starts first.
        () -> writeBoth(new NetworkPainter(result.network(), map.title()), MAP_SIZE, MAP_SIZE,
            dir, map),
        () -> writeBoth(new SeriesChart(style).build(series.title(), result.series(),
            result.start(), result.end())::draw, CHART_W, CHART_H, dir, series),
        () -> writeBoth(new HistogramChart(style).build(histogram.title(),
            result.trips())::draw, CHART_W, CHART_H, dir, histogram)));
    List<ChartFile> files = new ArrayList<>(List.of(series, histogram, map));
    if (!result.sensors().cameras().isEmpty()) {
      ChartFile cameras = new ChartFile("Camera counts: observed vs true",
          "Vehicles each camera reported per interval against those that crossed its stop line,"
              + " by condition (each condition's points shifted a little sideways so none hides"
              + " another); dropped intervals are left out.",
          "camera-counts.png", "camera-counts.svg");
      tasks.add(() -> writeBoth(new CameraCountChart(style).build(cameras.title(),
          result.sensors().cameras())::draw, SCATTER_SIZE, SCATTER_SIZE, dir, cameras));
      files.add(cameras);
    }
    ParallelTasks.runAll(tasks);
    return List.copyOf(files);
  }

  /**
   * Loads and initialises what drawing charts needs (AWT fonts and rasteriser, JFreeChart, the
   * PNG encoder, jfreesvg) by drawing a tiny chart into memory. Meant for a background thread
   * while a run is still busy elsewhere: the first real chart then does not pay this start-up
   * (about half a second on a 2-core machine). Writes nothing; failures are left for the real
   * drawing to report.
   */
  public static void warmUp() {
    try {
      RunCharts charts = new RunCharts();
      org.jfree.data.xy.XYSeries s = new org.jfree.data.xy.XYSeries("warm-up");
      s.add(0, 0);
      s.add(1, 1);
      JFreeChart chart = org.jfree.chart.ChartFactory.createXYLineChart("warm-up", "x", "y",
          new org.jfree.data.xy.XYSeriesCollection(s));
      charts.style.apply(chart);
      charts.output.renderPng(chart::draw, 64, 48, java.io.OutputStream.nullOutputStream());
      charts.output.renderSvg(chart::draw, 64, 48);
    } catch (Exception | Error e) {
      // Warm-up only: the real charts will meet (and report) the same failure.
    }
  }

  private Void writeBoth(Painter painter, int w, int h, Path dir, ChartFile file)
      throws IOException {
    output.writePng(painter, w, h, dir.resolve(file.png()));
    output.writeSvg(painter, w, h, dir.resolve(file.svg()));
    return null;
  }
}
