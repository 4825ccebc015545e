package org.citysim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.citysim.sim.metrics.IncidentOutputs;
import org.citysim.sim.metrics.IncidentOutputs.IncidentRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Response and clearance times of a run's incidents as a strip plot, one row each, in minutes:
 * every incident is a dot (runs have few incidents, too few for a histogram), spread a little
 * up and down by its id so equal times stay visible, and a vertical bar marks each row's
 * median. Response time is on scene minus detected and only shown with a dispatcher; clearance
 * time is all clear minus occurred. Incidents that did not reach the point by the end are left
 * out.
 */
final class IncidentTimesChart {
  private static final Color RESPONSE = new Color(0x00, 0x6d, 0xb0);
  private static final Color CLEARANCE = new Color(0xd9, 0x5f, 0x02);
  /** Largest vertical spread of the dots around their row [rows]. */
  private static final double SPREAD = 0.25;

  private final ChartStyle style;

  IncidentTimesChart(ChartStyle style) {
    this.style = style;
  }

  /** Response times [min], in incident order; only incidents with a unit on scene. */
  static double[] responseMinutes(IncidentOutputs o) {
    return o.incidents().stream().mapToDouble(IncidentRecord::responseTime)
        .filter(Double::isFinite).map(s -> s / 60).toArray();
  }

  /** Clearance times (all clear - occurred) [min], in incident order; only those all clear. */
  static double[] clearanceMinutes(IncidentOutputs o) {
    return o.incidents().stream().mapToDouble(i -> i.allClear() - i.occurred())
        .filter(Double::isFinite).map(s -> s / 60).toArray();
  }

  /** Builds the chart: with a dispatcher two rows (response, clearance), else one. */
  JFreeChart build(String title, IncidentOutputs o) {
    List<String> rows = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    List<Color> colours = new ArrayList<>();
    rows.add("clearance");
    values.add(clearanceMinutes(o));
    colours.add(CLEARANCE);
    if (o.dispatching()) {
      rows.add("response");
      values.add(responseMinutes(o));
      colours.add(RESPONSE);
    }
    XYSeriesCollection data = new XYSeriesCollection();
    List<String> notes = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      double[] v = values.get(r);
      XYSeries dots = new XYSeries(rows.get(r), false, true);
      for (int i = 0; i < v.length; i++) {
        dots.add(v[i], r + jitter(i));
      }
      data.addSeries(dots);
      notes.add(String.format(Locale.ROOT, "%s: %d, median %s min", rows.get(r), v.length,
          v.length == 0 ? "-" : String.format(Locale.ROOT, "%.1f", median(v))));
    }
    for (int r = 0; r < rows.size(); r++) {
      XYSeries median = new XYSeries(rows.get(r) + " median", false, true);
      double[] v = values.get(r);
      if (v.length > 0) {
        median.add(median(v), r - SPREAD - 0.1);
        median.add(median(v), r + SPREAD + 0.1);
      }
      data.addSeries(median);
    }
    NumberAxis x = new NumberAxis("time [min]");
    x.setAutoRangeIncludesZero(true);
    SymbolAxis y = new SymbolAxis(null, rows.toArray(new String[0]));
    y.setRange(-0.6, rows.size() - 0.4);
    y.setGridBandsVisible(false);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setNoDataMessage("No incidents");
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    java.util.Collections.reverse(notes); // top row first
    chart.addSubtitle(new TextTitle(String.join("; ", notes)));
    style.apply(chart);
    // After the theme, which sets series paints.
    for (int r = 0; r < rows.size(); r++) {
      Color c = colours.get(r);
      renderer.setSeriesPaint(r, new Color(c.getRed(), c.getGreen(), c.getBlue(), 180));
      renderer.setSeriesLinesVisible(r, false);
      renderer.setSeriesShapesVisible(r, true);
      renderer.setSeriesShape(r, new Ellipse2D.Double(-4, -4, 8, 8));
      int m = rows.size() + r;
      renderer.setSeriesPaint(m, c.darker());
      renderer.setSeriesLinesVisible(m, true);
      renderer.setSeriesShapesVisible(m, false);
      renderer.setSeriesStroke(m, new BasicStroke(2.5f));
    }
    return chart;
  }

  /** Vertical offset of the {@code i}-th dot of a row [rows]: a fixed pattern, no randomness. */
  static double jitter(int i) {
    final double[] pattern = {0, 0.5, -0.5, 0.25, -0.75, 0.75, -0.25, 1, -1};
    return pattern[i % pattern.length] * SPREAD;
  }

  /** Median of a non-empty sample. */
  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
