package org.citysim.reports.chart;

import java.awt.BasicStroke;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citysim.sim.metrics.TimeSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Line chart of the network-wide time series against time of day. */
final class SeriesChart {
  private final ChartStyle style;

  SeriesChart(ChartStyle style) {
    this.style = style;
  }

  /**
   * Builds the chart.
   *
   * @param series sampled series, times [s since midnight]
   * @param start  simulated start [s since midnight]
   * @param end    simulated end [s since midnight]
   */
  JFreeChart build(String title, List<TimeSeries> series, double start, double end) {
    XYSeriesCollection data = new XYSeriesCollection();
    Set<String> keys = new HashSet<>();
    for (TimeSeries ts : series) {
      // autoSort off: times are already increasing and sorting large series is slow.
      XYSeries xy = new XYSeries(uniqueKey(label(ts), keys), false, true);
      double[] t = ts.times();
      double[] v = ts.values();
      for (int i = 0; i < t.length; i++) {
        xy.add(t[i] / 3600.0, v[i], false);
      }
      data.addSeries(xy);
    }
    NumberAxis x = new NumberAxis("time of day");
    x.setStandardTickUnits(HourOfDayFormat.tickUnits());
    x.setAutoRangeIncludesZero(false);
    if (Double.isFinite(start) && Double.isFinite(end) && end > start) {
      x.setRange(start / 3600.0, end / 3600.0);
    }
    NumberAxis y = new NumberAxis(yLabel(series));
    y.setAutoRangeIncludesZero(true);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setNoDataMessage("No time series recorded");
    JFreeChart chart = style.apply(
        new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    // After the theme, which resets renderer defaults: 1 px lines are hard to tell apart.
    renderer.setDefaultStroke(new BasicStroke(2.0f));
    renderer.setAutoPopulateSeriesStroke(false);
    return chart;
  }

  private static String label(TimeSeries ts) {
    return ts.unit() == null || ts.unit().isEmpty()
        ? ts.name() : ts.name() + " [" + ts.unit() + "]";
  }

  /** One unit for all series goes on the axis; mixed units stay in the legend labels. */
  private static String yLabel(List<TimeSeries> series) {
    Set<String> units = new HashSet<>();
    for (TimeSeries ts : series) {
      units.add(ts.unit() == null ? "" : ts.unit());
    }
    if (units.size() == 1) {
      String unit = units.iterator().next();
      return unit.isEmpty() ? "value" : "value [" + unit + "]";
    }
    return "value";
  }

  /** XYSeriesCollection rejects duplicate keys, so repeated names get a counter. */
  private static String uniqueKey(String key, Set<String> used) {
    String candidate = key;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = key + " (" + n + ")";
    }
    return candidate;
  }
}
