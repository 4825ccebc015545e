package org.citysim.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.citysim.reports.chart.ChartFile;
import org.citysim.reports.chart.RunCharts;
import org.citysim.reports.csv.AlertsCsvWriter;
import org.citysim.reports.csv.AttributionCsvWriter;
import org.citysim.reports.csv.AgentEventsCsvWriter;
import org.citysim.reports.csv.CamerasCsvWriter;
import org.citysim.reports.csv.EmissionsCsvWriter;
import org.citysim.reports.csv.IncidentsCsvWriter;
import org.citysim.reports.csv.JunctionsCsvWriter;
import org.citysim.reports.csv.LinksCsvWriter;
import org.citysim.reports.csv.PollutionCsvWriter;
import org.citysim.reports.csv.SeriesCsvWriter;
import org.citysim.reports.csv.StationsCsvWriter;
import org.citysim.reports.csv.TripsCsvWriter;
import org.citysim.reports.csv.UnitRoutesCsvWriter;
import org.citysim.reports.html.DataFile;
import org.citysim.reports.html.HtmlReportWriter;
import org.citysim.reports.json.RunInfoJsonWriter;
import org.citysim.reports.json.SummaryJsonWriter;
import org.citysim.sim.metrics.PollutionOutputs;
import org.citysim.sim.metrics.RunInfo;
import org.citysim.sim.metrics.RunResult;

/**
 * Writes the output folder of one run: {@code summary.json}, {@code run.json},
 * {@code scenario.yaml}, {@code trips.csv}, {@code links.csv}, {@code series.csv},
 * {@code junctions.csv}, {@code junction-queues.csv}, {@code cameras.csv} (runs with cameras
 * only), {@code emissions.csv}, {@code pollution.csv}, {@code stations.csv}, {@code alerts.csv}
 * and {@code attribution.csv} (runs with a pollution model only), {@code incidents.csv} (runs
 * with an incident model only), {@code charts/} (PNG and SVG)
 * and {@code index.html}. Everything except
 * {@code run.json} (and the PNGs, which depend on the platform's rasteriser) is byte-identical
 * for equal {@link RunResult}s.
 */
public final class RunReportWriter {
  static final String CHARTS_DIR = "charts";
  /** Network-wide time series, the file {@code citysim compare} overlays. */
  public static final String SERIES_CSV = "series.csv";
  /** One row per signalised junction. */
  public static final String JUNCTIONS_CSV = "junctions.csv";
  /** Queue of each signalised junction over time. */
  public static final String JUNCTION_QUEUES_CSV = "junction-queues.csv";

  /** Emissions per link and interval (runs with a pollution model only, as the four below). */
  public static final String EMISSIONS_CSV = "emissions.csv";
  /** Concentration per grid cell. */
  public static final String POLLUTION_CSV = "pollution.csv";
  /** Air-quality station samples. */
  public static final String STATIONS_CSV = "stations.csv";
  /** Air-quality alerts and warnings. */
  public static final String ALERTS_CSV = "alerts.csv";
  /** Source attribution at the stations. */
  public static final String ATTRIBUTION_CSV = "attribution.csv";

  /** Incidents and their timelines (runs with an incident model only). */
  public static final String INCIDENTS_CSV = "incidents.csv";

  /** The routes of the response units sent (runs with a dispatcher that sent units only). */
  public static final String UNIT_ROUTES_CSV = "unit-routes.csv";

  /** Files linked from the report, in the order shown. */
  static final List<DataFile> DATA_FILES = List.of(
      new DataFile("summary.json", "KPIs and scenario identity (deterministic)"),
      new DataFile("trips.csv", "one row per departed trip; times [s since midnight], "
          + "durations [s], distances [m]"),
      new DataFile("links.csv", "one row per link and interval; counts [veh], times [s]"),
      new DataFile(SERIES_CSV, "network-wide time series, one column each; time [s since "
          + "midnight]"),
      new DataFile(JUNCTIONS_CSV, "one row per signalised junction: vehicles [veh], control "
          + "delay [s/veh], level of service, stops [veh], largest and time-average queue [veh], "
          + "throughput [veh/h]"),
      new DataFile(JUNCTION_QUEUES_CSV, "queue of each signalised junction sampled every "
          + "outputs.sampleInterval, one column per junction [veh]; time [s since midnight]"),
      new DataFile("scenario.yaml", "the scenario as resolved for this run"),
      new DataFile("run.json", "version, commit, wall time and event rates of this run"));

  /** Listed after links.csv in runs with cameras. */
  static final DataFile CAMERAS_CSV = new DataFile("cameras.csv", "one row per camera and "
      + "interval: true and observed counts [veh], by class, with true and false positives");

  /** Listed after junction-queues.csv in runs with a pollution model. */
  static final List<DataFile> POLLUTION_FILES = List.of(
      new DataFile(EMISSIONS_CSV, "one row per link and interval: interval start [s since "
          + "midnight], vehicles that left the link [veh], CO2, NOx, PM2.5 and fuel [g]"),
      new DataFile(POLLUTION_CSV, "one row per grid cell with data: cell indices, centre [m], "
          + "run-mean and peak-hour concentration per pollutant [\u00b5g/m\u00b3]"),
      new DataFile(STATIONS_CSV, "air-quality station samples: time [s since midnight], NO2 "
          + "and PM2.5 [\u00b5g/m\u00b3], their US EPA AQI and the larger of the two"),
      new DataFile(ALERTS_CSV, "one row per alert or early warning: station, pollutant, AQI "
          + "level, kind, start and end [s since midnight and HH:MM:SS], duration [s], peak AQI"),
      new DataFile(ATTRIBUTION_CSV, "sources of each station's run-mean concentration: per "
          + "source link, largest first, then the background [\u00b5g/m\u00b3] with its share "
          + "of the mean [0-1]"));

  /** Listed after the pollution files (or junction-queues.csv) in runs with incidents. */
  static final DataFile INCIDENTS_FILE = new DataFile(INCIDENTS_CSV, "one row per incident: "
      + "link, severity, scheduled or random, detected by camera or report, lanes blocked, "
      + "clearance [s], and its timeline (occurred, detected, dispatched, on scene, lanes "
      + "cleared, all clear) [s since midnight and HH:MM:SS]");

  /** The events agents raised (runs whose agents raised any). */
  public static final String AGENT_EVENTS_CSV = "agent-events.csv";

  /** Listed last before scenario.yaml when agents raised events. */
  static final DataFile AGENT_EVENTS_FILE = new DataFile(AGENT_EVENTS_CSV, "one row per event an"
      + " agent raised: time [s since midnight and HH:MM:SS], agent, kind, message");

  /** Listed after incidents.csv when units were sent. */
  static final DataFile UNIT_ROUTES_FILE = new DataFile(UNIT_ROUTES_CSV, "one row per response "
      + "unit sent: incident, unit, kind, when sent [s since midnight and HH:MM:SS], and the "
      + "link ids of its route");

  /** The data files of {@code result}'s folder, in the order shown. */
  static List<DataFile> dataFiles(RunResult result) {
    boolean events = !result.agents().events().isEmpty();
    if (result.sensors().cameras().isEmpty() && result.pollution().isEmpty()
        && result.incidents().isEmpty() && !events) {
      return DATA_FILES;
    }
    List<DataFile> files = new java.util.ArrayList<>(DATA_FILES);
    if (events) {
      files.add(6, AGENT_EVENTS_FILE); // after junction-queues.csv
    }
    if (!result.incidents().isEmpty()) {
      files.add(6, INCIDENTS_FILE); // after junction-queues.csv
      if (!result.incidents().routes().isEmpty()) {
        files.add(7, UNIT_ROUTES_FILE);
      }
    }
    if (!result.pollution().isEmpty()) {
      files.addAll(6, POLLUTION_FILES); // after junction-queues.csv
    }
    if (!result.sensors().cameras().isEmpty()) {
      files.add(3, CAMERAS_CSV); // after links.csv
    }
    return List.copyOf(files);
  }

  private final boolean charts;

  /** A writer that draws the charts. */
  public RunReportWriter() {
    this(true);
  }

  /**
   * @param charts whether to draw the charts ({@code outputs.charts}); without them the report
   *               has everything else and says the charts were switched off
   */
  public RunReportWriter(boolean charts) {
    this.charts = charts;
  }

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
      // Charts are the slowest part; they draw on their own threads meanwhile.
      FutureTask<List<ChartFile>> chartTask = new FutureTask<>(() -> charts
          ? new RunCharts().write(result, dir.resolve(CHARTS_DIR)) : List.of());
      Thread chartThread = new Thread(chartTask, "citysim-report-charts");
      chartThread.setDaemon(true);
      chartThread.start();
      new SummaryJsonWriter().write(result, dir.resolve("summary.json"));
      new RunInfoJsonWriter().write(info, dir.resolve("run.json"));
      Files.writeString(dir.resolve("scenario.yaml"), result.resolvedScenario(),
          StandardCharsets.UTF_8);
      new TripsCsvWriter().write(result.trips(), dir.resolve("trips.csv"));
      new LinksCsvWriter().write(result.linkStats(), dir.resolve("links.csv"));
      new SeriesCsvWriter(true).write(result.series(), dir.resolve(SERIES_CSV));
      new JunctionsCsvWriter().write(result.junctions(), dir.resolve(JUNCTIONS_CSV));
      new SeriesCsvWriter(false).write(result.junctions().queues(),
          dir.resolve(JUNCTION_QUEUES_CSV));
      if (!result.sensors().cameras().isEmpty()) {
        new CamerasCsvWriter().write(result.sensors().cameras(), dir.resolve("cameras.csv"));
      }
      writePollution(result.pollution(), dir);
      if (!result.agents().events().isEmpty()) {
        new AgentEventsCsvWriter().write(result.agents().events(),
            dir.resolve(AGENT_EVENTS_CSV));
      }
      if (!result.incidents().isEmpty()) {
        new IncidentsCsvWriter().write(result.incidents().incidents(),
            dir.resolve(INCIDENTS_CSV));
        if (!result.incidents().routes().isEmpty()) {
          new UnitRoutesCsvWriter().write(result.incidents().routes(),
              dir.resolve(UNIT_ROUTES_CSV));
        }
      }
      List<ChartFile> chartFiles = await(chartTask);
      // Last, so a folder with index.html has everything the page links to.
      new HtmlReportWriter().write(result, info, CHARTS_DIR, chartFiles, dataFiles(result),
          dir.resolve("index.html"));
      folder.commit();
    } catch (IOException | RuntimeException | Error e) {
      // Errors too (e.g. NoClassDefFoundError from a broken AWT setup): no stale .partial.
      folder.abandon(e);
      throw e;
    }
    return outDir;
  }

  /**
   * Starts loading what writing a run folder needs (AWT fonts and rasteriser, JFreeChart, the PNG
   * and SVG writers, Jackson) on a background daemon thread, so that a run that will write its
   * folder later does not pay this start-up at the end. Writes nothing.
   */
  public static void warmUpInBackground() {
    Thread t = new Thread(() -> {
      RunCharts.warmUp();
      SummaryJsonWriter.warmUp();
    }, "citysim-report-warm-up");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

  /** The pollution CSVs; nothing at all for a run without a pollution model. */
  private static void writePollution(PollutionOutputs p, Path dir) throws IOException {
    if (p.isEmpty()) {
      return;
    }
    new EmissionsCsvWriter().write(p.emissions(), dir.resolve(EMISSIONS_CSV));
    new PollutionCsvWriter().write(p, dir.resolve(POLLUTION_CSV));
    new StationsCsvWriter().write(p.stations(), dir.resolve(STATIONS_CSV));
    new AlertsCsvWriter().write(p.alerts(), dir.resolve(ALERTS_CSV));
    new AttributionCsvWriter().write(p.attribution(), dir.resolve(ATTRIBUTION_CSV));
  }

  /** Waits for {@code task}, rethrowing its failure as it was thrown. */
  private static <T> T await(FutureTask<T> task) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing charts", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IOException(c);
    }
  }
}
