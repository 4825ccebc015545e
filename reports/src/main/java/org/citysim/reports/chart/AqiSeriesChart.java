package org.citysim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.citysim.sim.pollution.AqiCategory;
import org.citysim.sim.metrics.PollutionOutputs.AlertRecord;
import org.citysim.sim.metrics.PollutionOutputs.StationSample;
import org.citysim.sim.metrics.PollutionOutputs.StationSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One pollutant's AQI at the stations against time of day, one line per station, over the EPA
 * category bands (translucent, in the EPA colours), with the alerts and warnings of that
 * pollutant as shaded time intervals. AQI rather than concentration because the bands and the
 * alert levels are defined on it; stations.csv has the concentrations.
 */
final class AqiSeriesChart {
  /** Dark line colours that stay visible on every band colour (no yellow, green or red). */
  private static final Color[] LINES = {
      new Color(0x1F, 0x3A, 0x93), Color.BLACK, new Color(0x00, 0x79, 0x6B),
      new Color(0x6D, 0x4C, 0x41), new Color(0xAD, 0x14, 0x57), new Color(0x45, 0x5A, 0x64)};
  /** Upper end of the Hazardous band as drawn; the AQI scale is defined up to 500. */
  private static final int AQI_TOP = 500;

  private final ChartStyle style;

  AqiSeriesChart(ChartStyle style) {
    this.style = style;
  }

  /** Most stations drawn; more lines cannot be told apart. */
  static int maxLines() {
    return LINES.length;
  }

  /**
   * @param pollutant "no2" or "pm25"
   * @param stations  the stations to draw, at most {@link #maxLines()}
   * @param alerts    all alerts; those of {@code pollutant} at a drawn station are shaded
   * @param start     simulated start [s since midnight]
   * @param end       simulated end [s since midnight]
   */
  JFreeChart build(String title, String pollutant, List<StationSeries> stations,
      List<AlertRecord> alerts, double start, double end) {
    XYSeriesCollection data = new XYSeriesCollection();
    int top = 0;
    for (StationSeries s : stations) {
      XYSeries xy = new XYSeries(s.id(), false, true);
      for (StationSample x : s.samples()) {
        int aqi = pollutant.equals("no2") ? x.aqiNo2() : x.aqiPm25();
        xy.add(x.time() / 3600.0, aqi, false);
        top = Math.max(top, aqi);
      }
      data.addSeries(xy);
    }
    NumberAxis x = new NumberAxis("time of day");
    x.setStandardTickUnits(HourOfDayFormat.tickUnits());
    x.setAutoRangeIncludesZero(false);
    if (Double.isFinite(start) && Double.isFinite(end) && end > start) {
      x.setRange(start / 3600.0, end / 3600.0);
    }
    NumberAxis y = new NumberAxis("AQI (US EPA)");
    // Always up to 100 (Good and Moderate), else a little above the highest value.
    y.setRange(0, Math.min(AQI_TOP, Math.max(110, Math.ceil(top * 1.15 / 10) * 10)));
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setNoDataMessage("No station samples recorded");
    Font small = new Font(ChartStyle.FONT, Font.PLAIN, 10);
    for (AqiCategory c : AqiCategory.values()) {
      double lo = c == AqiCategory.GOOD ? 0 : c.low() - 1;
      double hi = Math.min(c.high(), AQI_TOP);
      IntervalMarker band = new IntervalMarker(lo, hi, translucent(c.rgb(), 70));
      band.setLabel(c.label());
      band.setLabelFont(small);
      band.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      band.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      plot.addRangeMarker(band, Layer.BACKGROUND);
    }
    for (AlertRecord a : alerts) {
      if (!a.pollutant().equals(pollutant) || !drawn(stations, a.station())) {
        continue;
      }
      boolean alert = "alert".equals(a.kind());
      IntervalMarker m = new IntervalMarker(a.start() / 3600.0, a.end() / 3600.0,
          alert ? new Color(0, 0, 0, 45) : new Color(0, 0, 0, 18));
      m.setOutlinePaint(Color.DARK_GRAY);
      m.setOutlineStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          alert ? null : new float[] {3f, 3f}, 0f));
      m.setLabel(a.station() + " " + a.kind() + " \u2265" + a.level());
      m.setLabelFont(small);
      m.setLabelAnchor(RectangleAnchor.TOP);
      m.setLabelTextAnchor(TextAnchor.TOP_CENTER);
      plot.addDomainMarker(m, Layer.FOREGROUND);
    }
    JFreeChart chart = style.apply(
        new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    chart.addSubtitle(new TextTitle("bands: EPA AQI categories; shaded: alerts (solid "
        + "outline) and early warnings (dashed) of this pollutant", small));
    // After the theme, which resets renderer defaults.
    renderer.setDefaultStroke(new BasicStroke(2.0f));
    renderer.setAutoPopulateSeriesStroke(false);
    for (int i = 0; i < stations.size(); i++) {
      renderer.setSeriesPaint(i, LINES[i % LINES.length]);
    }
    return chart;
  }

  private static boolean drawn(List<StationSeries> stations, String id) {
    return stations.stream().anyMatch(s -> s.id().equals(id));
  }

  private static Color translucent(int rgb, int alpha) {
    return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, alpha);
  }
}
