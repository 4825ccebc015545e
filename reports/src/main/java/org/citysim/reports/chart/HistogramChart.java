package org.citysim.reports.chart;

import java.awt.Color;
import java.util.List;
import org.citysim.reports.text.Decimals;
import org.citysim.sim.metrics.TripRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/** Histogram of the travel times of arrived trips, in minutes. */
final class HistogramChart {
  /** Upper bound on bars; more makes small samples look noisy. */
  static final int MAX_BINS = 30;

  private static final Color BAR_COLOUR = new Color(0x3B, 0x75, 0xAF);

  private final ChartStyle style;

  HistogramChart(ChartStyle style) {
    this.style = style;
  }

  /** Builds the chart; with no arrived trips it is an empty plot that says so. */
  JFreeChart build(String title, List<TripRecord> trips) {
    double[] minutes = trips.stream()
        .filter(t -> t.status() == TripRecord.Status.ARRIVED)
        .mapToDouble(t -> t.travelTime() / 60.0)
        .filter(Double::isFinite)
        .toArray();
    Histogram h = Histogram.of(minutes, MAX_BINS);
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    if (h.total() > 0) {
      XYIntervalSeries bars = new XYIntervalSeries("arrived trips", false, true);
      for (int i = 0; i < h.counts().length; i++) {
        double lo = h.lower() + i * h.width();
        bars.add(lo + h.width() / 2, lo, lo + h.width(), h.counts()[i], h.counts()[i],
            h.counts()[i]);
      }
      data.addSeries(bars);
    }
    NumberAxis x = new NumberAxis("travel time [min]");
    x.setAutoRangeIncludesZero(true);
    NumberAxis y = new NumberAxis("trips");
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYBarRenderer renderer = new XYBarRenderer(0.05);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setNoDataMessage("No arrived trips");
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    chart.addSubtitle(new TextTitle(subtitle(h)));
    style.apply(chart);
    renderer.setSeriesPaint(0, BAR_COLOUR); // after the theme, which sets series paints
    return chart;
  }

  private static String subtitle(Histogram h) {
    if (h.total() == 0) {
      return "0 arrived trips";
    }
    return h.total() + " arrived trips, bin width " + Decimals.plain(h.width()) + " min";
  }
}
