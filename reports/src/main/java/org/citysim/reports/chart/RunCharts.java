package org.citysim.reports.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.citysim.sim.metrics.AgentOutputs;
import org.citysim.sim.metrics.JunctionStats;
import org.citysim.sim.metrics.RunResult;
import org.citysim.sim.metrics.TimeSeries;
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
  /** Height of the response and clearance times chart [px]: one or two strips. */
  static final int INCIDENT_TIMES_H = 320;
  /** Junctions in the queue chart: more lines than this cannot be told apart. */
  static final int QUEUE_LINES = 5;

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
   * Writes all charts of {@code result} into {@code dir} (created if missing): vehicles in
   * network, travel-time distribution and network map always; with signalised junctions the
   * control delay per junction and the queues of the busiest junctions; with agent series the
   * controller outputs; with a pollution model the air-quality charts of
   * {@link PollutionCharts} (section {@link ChartFile#AIR_QUALITY}); with incidents the map
   * with the incidents marked and the units' routes, and the response and clearance times
   * (section {@link ChartFile#INCIDENTS}). The charts are
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
        () -> output.writeBoth(new NetworkPainter(result.network(), map.title()), MAP_SIZE,
            MAP_SIZE, dir, map),
        () -> output.writeBoth(new SeriesChart(style).build(series.title(), result.series(),
            result.start(), result.end())::draw, CHART_W, CHART_H, dir, series),
        () -> output.writeBoth(new HistogramChart(style).build(histogram.title(),
            result.trips())::draw, CHART_W, CHART_H, dir, histogram)));
    List<ChartFile> files = new ArrayList<>(List.of(series, histogram, map));
    List<JunctionStats> junctions = result.junctions().junctions();
    if (!junctions.isEmpty()) {
      ChartFile delay = new ChartFile("Control delay per junction",
          "Average control delay of each signalised junction (time on the approach beyond "
              + "free flow), coloured by HCM level of service; dashed lines are the level "
              + "thresholds.", "junction-delay.png", "junction-delay.svg");
      ChartFile queues = new ChartFile("Queues at the busiest junctions",
          "Vehicles queued on the approaches of the five junctions with the longest queues, "
              + "sampled every outputs.sampleInterval (samples can miss short peaks; the "
              + "maxima in junctions.csv are exact).",
          "junction-queues.png", "junction-queues.svg");
      int h = JunctionDelayChart.height(JunctionDelayChart.shown(junctions).size());
      tasks.add(() -> output.writeBoth(new JunctionDelayChart(style).build(delay.title(),
          junctions)::draw, CHART_W, h, dir, delay));
      tasks.add(() -> output.writeBoth(new SeriesChart(style).build(queues.title(),
          worstQueues(result), result.start(), result.end())::draw, CHART_W, CHART_H, dir,
          queues));
      files.add(delay);
      files.add(queues);
    }
    List<TimeSeries> controller = controllerSeries(result.agents());
    if (!controller.isEmpty()) {
      ChartFile agents = new ChartFile("Controller outputs",
          "What the agents recorded over the run, one line per agent and series "
              + "(units as each agent documents them).", "controller-outputs.png",
          "controller-outputs.svg");
      tasks.add(() -> output.writeBoth(new SeriesChart(style).build(agents.title(), controller,
          result.start(), result.end())::draw, CHART_W, CHART_H, dir, agents));
      files.add(agents);
    }
    if (!result.sensors().cameras().isEmpty()) {
      ChartFile cameras = new ChartFile("Camera counts: observed vs true",
          "Vehicles each camera reported per interval against those that crossed its stop line,"
              + " by condition (each condition's points shifted a little sideways so none hides"
              + " another); dropped intervals are left out.",
          "camera-counts.png", "camera-counts.svg");
      tasks.add(() -> output.writeBoth(new CameraCountChart(style).build(cameras.title(),
          result.sensors().cameras())::draw, SCATTER_SIZE, SCATTER_SIZE, dir, cameras));
      files.add(cameras);
    }
    for (PollutionCharts.Planned c : new PollutionCharts(style).plan(result)) {
      tasks.add(() -> output.writeBoth(c.painter().get(), c.width(), c.height(), dir, c.file()));
      files.add(c.file());
    }
    if (!result.incidents().incidents().isEmpty()) {
      ChartFile incidents = new ChartFile("Incidents on the network",
          "The network coloured by congestion as above, with each incident marked by its id "
              + "(as in incidents.csv) on the side of the street its link runs"
              + (result.incidents().routes().isEmpty() ? "."
                  : ", and the route each dispatched unit drove (the shortest path on the "
                      + "travel times at dispatch) as a thin line coloured by unit kind."),
          "incidents-map.png", "incidents-map.svg", ChartFile.INCIDENTS);
      List<NetworkPainter.Mark> marks = result.incidents().incidents().stream()
          .map(i -> new NetworkPainter.Mark(i.link(), Integer.toString(i.id()))).toList();
      List<NetworkPainter.Route> routes = result.incidents().routes().stream()
          .map(u -> new NetworkPainter.Route(u.kind(), u.links())).toList();
      tasks.add(() -> output.writeBoth(new NetworkPainter(result.network(), incidents.title(),
          marks, routes), MAP_SIZE, MAP_SIZE, dir, incidents));
      files.add(incidents);
      boolean dispatching = result.incidents().dispatching();
      ChartFile times = new ChartFile(dispatching ? "Response and clearance times"
          : "Clearance times",
          (dispatching ? "Response time (first unit on scene minus detection) and clearance "
              : "Clearance ")
              + "time (all clear minus occurrence) of each incident, one dot each (spread up "
              + "and down so equal times stay apart); the bar is the median. Incidents that had "
              + "not reached the point by the end are left out.",
          "incident-times.png", "incident-times.svg", ChartFile.INCIDENTS);
      tasks.add(() -> output.writeBoth(new IncidentTimesChart(style).build(times.title(),
          result.incidents())::draw, CHART_W, INCIDENT_TIMES_H, dir, times));
      files.add(times);
    }
    ParallelTasks.runAll(tasks);
    return List.copyOf(files);
  }

  /**
   * Queue series of the {@link #QUEUE_LINES} junctions with the largest queue (then the largest
   * mean queue; ties in node order), by the exact figures rather than the samples.
   */
  static List<TimeSeries> worstQueues(RunResult result) {
    List<JunctionStats> js = result.junctions().junctions();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < js.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingInt(i -> js.get(i).queueMax())
        .thenComparingDouble(i -> nanLow(js.get(i).queueMean())).reversed());
    List<TimeSeries> out = new ArrayList<>();
    for (int i : order.subList(0, Math.min(QUEUE_LINES, order.size()))) {
      TimeSeries q = result.junctions().queues().get(i);
      out.add(new TimeSeries("junction " + q.name(), q.unit(), q.times(), q.values()));
    }
    return out;
  }

  private static double nanLow(double v) {
    return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
  }

  /** Agent series as time series named "agent: series"; units are the agents' own. */
  static List<TimeSeries> controllerSeries(AgentOutputs agents) {
    List<TimeSeries> out = new ArrayList<>();
    for (AgentOutputs.AgentSeries s : agents.series()) {
      out.add(new TimeSeries(s.agent() + ": " + s.name(), "", s.times(), s.values()));
    }
    return out;
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
}
