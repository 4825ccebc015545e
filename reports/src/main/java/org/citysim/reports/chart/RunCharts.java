package org.citysim.reports.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
   * Writes all charts of {@code result} into {@code dir} (created if missing).
   *
   * @return the charts written, in report order, with file names relative to {@code dir}
   */
  public List<ChartFile> write(RunResult result, Path dir) throws IOException {
    Files.createDirectories(dir);
    ChartFile series = new ChartFile("Vehicles in network",
        "Network-wide time series against time of day.",
        "vehicles-in-network.png", "vehicles-in-network.svg");
    JFreeChart seriesChart = new SeriesChart(style)
        .build(series.title(), result.series(), result.start(), result.end());
    writeBoth(seriesChart::draw, CHART_W, CHART_H, dir, series);

    ChartFile histogram = new ChartFile("Travel-time distribution",
        "Travel times of arrived trips, from planned departure to arrival.",
        "travel-time-distribution.png", "travel-time-distribution.svg");
    JFreeChart histogramChart = new HistogramChart(style).build(histogram.title(), result.trips());
    writeBoth(histogramChart::draw, CHART_W, CHART_H, dir, histogram);

    ChartFile map = new ChartFile("Network congestion",
        "Links coloured by mean travel time over free-flow time; each direction drawn to the "
            + "right of its travel direction.",
        "network.png", "network.svg");
    writeNetwork(result.network(), map, dir);
    return List.of(series, histogram, map);
  }

  private void writeNetwork(NetworkGeometry network, ChartFile file, Path dir)
      throws IOException {
    writeBoth(new NetworkPainter(network, file.title()), MAP_SIZE, MAP_SIZE, dir, file);
  }

  private void writeBoth(Painter painter, int w, int h, Path dir, ChartFile file)
      throws IOException {
    output.writePng(painter, w, h, dir.resolve(file.png()));
    output.writeSvg(painter, w, h, dir.resolve(file.svg()));
  }
}
