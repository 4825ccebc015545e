package org.citysim.reports.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.citysim.reports.text.Clock;
import org.citysim.sim.metrics.PollutionOutputs;
import org.citysim.sim.metrics.PollutionOutputs.Attribution;
import org.citysim.sim.metrics.PollutionOutputs.Field;
import org.citysim.sim.metrics.PollutionOutputs.StationSeries;
import org.citysim.sim.metrics.RunResult;

/**
 * The air-quality charts of a run, planned here and drawn by {@link RunCharts} as parallel
 * tasks: per dispersed pollutant a mean and a peak-hour concentration map, per pollutant the
 * stations' AQI over the day, and per station the sources of its concentration. All in section
 * {@link ChartFile#AIR_QUALITY}; none without a pollution model.
 */
final class PollutionCharts {
  /** Stations with their own attribution chart and a line in the AQI charts. */
  static final int MAX_STATIONS = 6;
  /** The pollutants stations report an AQI for, in chart order. */
  static final List<String> STATION_POLLUTANTS = List.of("no2", "pm25");

  /**
   * A chart to draw.
   *
   * @param file    names and caption
   * @param width   [px]
   * @param height  [px]
   * @param painter builds the drawing; called on the drawing task's thread
   */
  record Planned(ChartFile file, int width, int height, Supplier<Painter> painter) {}

  private final ChartStyle style;

  PollutionCharts(ChartStyle style) {
    this.style = style;
  }

  /** The charts of {@code r}, in report order; empty without pollution. */
  List<Planned> plan(RunResult r) {
    PollutionOutputs p = r.pollution();
    List<Planned> out = new ArrayList<>();
    if (p.isEmpty()) {
      return out;
    }
    if (p.grid() != null) {
      for (Field f : p.fields()) {
        maps(r, f, out);
      }
    }
    List<StationSeries> shown = shownStations(p.stations());
    String which = p.stations().size() > shown.size()
        ? "the " + shown.size() + " stations with the highest peak AQI (of "
            + p.stations().size() + ")" : "each station";
    for (String pollutant : STATION_POLLUTANTS) {
      if (shown.isEmpty()) {
        break;
      }
      String name = AttributionChart.name(pollutant);
      ChartFile file = file(name + " AQI at the stations",
          "US EPA AQI of " + name + " at " + which + " against time of day, over the EPA "
              + "category bands (Good up to 50, Moderate 100, Unhealthy for sensitive groups "
              + "150, Unhealthy 200, Very unhealthy 300, Hazardous above); shaded intervals are "
              + "the " + name + " alerts (solid outline) and early warnings (dashed). "
              + "Concentrations [\u00b5g/m\u00b3] are in stations.csv.", "aqi-" + pollutant);
      out.add(new Planned(file, RunCharts.CHART_W, RunCharts.CHART_H,
          () -> new AqiSeriesChart(style).build(file.title(), pollutant, shown, p.alerts(),
              r.start(), r.end())::draw));
    }
    for (int k = 0; k < shown.size(); k++) {
      StationSeries s = shown.get(k);
      List<Attribution> panels = p.attribution().stream()
          .filter(a -> a.station().equals(s.id())).toList();
      if (panels.isEmpty()) {
        continue;
      }
      ChartFile file = file("Sources at station " + s.id(),
          "What makes up the run-mean concentration at station " + s.id() + " [\u00b5g/m\u00b3]"
              + ", per pollutant: the " + AttributionChart.TOP + " largest source links, the "
              + "other links together, and the background; labels give each share of the mean"
              + ". Exact (the model is linear); all sources are in attribution.csv.",
          "attribution-" + (k + 1) + "-" + safe(s.id()));
      out.add(new Planned(file, RunCharts.CHART_W, AttributionChart.height(panels),
          () -> new AttributionChart(style).build(panels)));
    }
    return out;
  }

  private void maps(RunResult r, Field f, List<Planned> out) {
    double[] mean = f.mean();
    double[] peak = f.peak();
    // One scale for both maps of a pollutant, so their colours compare.
    double min = Math.min(min(mean), min(peak));
    double max = Math.max(max(mean), max(peak));
    ConcentrationPalette palette = new ConcentrationPalette(
        Double.isFinite(min) ? min : 0, Double.isFinite(max) ? max : 0);
    PollutionOutputs p = r.pollution();
    String name = AttributionChart.name(f.pollutant());
    String peakHour = Clock.hhmm(f.peakStart()) + "\u2013" + Clock.hhmm(f.peakStart() + 3600);
    ChartFile meanFile = file(name + " concentration, run mean",
        "Mean " + name + " concentration over the run in each " + cell(p) + " grid cell "
            + "[\u00b5g/m\u00b3], with the road links and the air-quality stations; same colour "
            + "scale as the peak-hour map. Values per cell are in pollution.csv.",
        "pollution-" + f.pollutant() + "-mean");
    ChartFile peakFile = file(name + " concentration, peak hour",
        "Mean " + name + " concentration over the peak hour " + peakHour + " (the hour with "
            + "the highest total over the grid) in each " + cell(p) + " grid cell "
            + "[\u00b5g/m\u00b3]; same colour scale as the run-mean map.",
        "pollution-" + f.pollutant() + "-peak");
    out.add(new Planned(meanFile, RunCharts.MAP_SIZE, RunCharts.MAP_SIZE,
        () -> new HeatMapPainter(p.grid(), mean, palette, r.network(), p.stations(),
            meanFile.title(), "mean over " + Clock.hhmm(r.start()) + "\u2013"
                + Clock.hhmm(r.end()))));
    out.add(new Planned(peakFile, RunCharts.MAP_SIZE, RunCharts.MAP_SIZE,
        () -> new HeatMapPainter(p.grid(), peak, palette, r.network(), p.stations(),
            peakFile.title(), "peak hour " + peakHour)));
  }

  /**
   * The stations drawn: at most {@link #MAX_STATIONS}, highest peak AQI first (ties in the
   * model's order, so the choice is deterministic).
   */
  static List<StationSeries> shownStations(List<StationSeries> stations) {
    List<StationSeries> sorted = new ArrayList<>(stations);
    sorted.sort(Comparator.comparingInt(StationSeries::peakAqi).reversed());
    return List.copyOf(sorted.subList(0, Math.min(MAX_STATIONS, sorted.size())));
  }

  private static String cell(PollutionOutputs p) {
    long m = Math.round(p.grid().cell());
    return m + " m \u00d7 " + m + " m";
  }

  private static ChartFile file(String title, String caption, String base) {
    return new ChartFile(title, caption, base + ".png", base + ".svg", ChartFile.AIR_QUALITY);
  }

  /** A station id as a file-name part: letters, digits, '-' and '_' only. */
  static String safe(String id) {
    String s = id.replaceAll("[^A-Za-z0-9_-]", "_");
    return s.length() > 40 ? s.substring(0, 40) : s;
  }

  private static double min(double[] a) {
    double m = Double.POSITIVE_INFINITY;
    for (double v : a) {
      if (Double.isFinite(v)) {
        m = Math.min(m, v);
      }
    }
    return m;
  }

  private static double max(double[] a) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : a) {
      if (Double.isFinite(v)) {
        m = Math.max(m, v);
      }
    }
    return m;
  }
}
