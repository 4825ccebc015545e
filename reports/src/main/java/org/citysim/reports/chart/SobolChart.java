package org.citysim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.citysim.reports.sweep.SobolIndex;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Sobol indices of one KPI: per parameter (top to bottom in the sweep's order) a bar for the
 * first-order index S1 and one for the total index ST, each with its 95 % bootstrap interval
 * as a whisker. The value axis always spans [0, 1], the indices' nominal range, so KPIs compare
 * at a glance; it widens when estimates or intervals stray outside it.
 */
final class SobolChart {
  private static final Color FIRST = new Color(0x1F, 0x77, 0xB4);
  private static final Color TOTAL = new Color(0xFF, 0x7F, 0x0E);
  /** Offset of each bar from its parameter's row, and its half thickness [rows]. */
  private static final double OFFSET = 0.18;
  private static final double HALF = 0.16;

  private final ChartStyle style;

  SobolChart(ChartStyle style) {
    this.style = style;
  }

  /** Height that gives each parameter's pair of bars room [px]. */
  static int height(int parameters) {
    return Math.max(280, 150 + parameters * 44);
  }

  /** @param indices one KPI's indices, in the order shown (top first) */
  JFreeChart build(String title, List<SobolIndex> indices) {
    XYIntervalSeries first = new XYIntervalSeries("S1 (first order)");
    XYIntervalSeries total = new XYIntervalSeries("ST (total)");
    XYIntervalSeries firstCi = new XYIntervalSeries("S1 interval");
    XYIntervalSeries totalCi = new XYIntervalSeries("ST interval");
    double low = 0;
    double high = 1;
    String[] names = new String[indices.size()];
    for (int i = 0; i < indices.size(); i++) {
      SobolIndex s = indices.get(i);
      names[i] = s.parameter();
      double y1 = i - OFFSET;
      double yt = i + OFFSET;
      add(first, firstCi, y1, s.first(), s.firstLow(), s.firstHigh());
      add(total, totalCi, yt, s.total(), s.totalLow(), s.totalHigh());
      for (double v : new double[] {s.first(), s.firstLow(), s.firstHigh(), s.total(),
          s.totalLow(), s.totalHigh()}) {
        if (Double.isFinite(v)) {
          low = Math.min(low, v);
          high = Math.max(high, v);
        }
      }
    }
    XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
    bars.addSeries(first);
    bars.addSeries(total);
    XYIntervalSeriesCollection whiskers = new XYIntervalSeriesCollection();
    whiskers.addSeries(firstCi);
    whiskers.addSeries(totalCi);

    SymbolAxis parameters = new SymbolAxis("parameter", names);
    parameters.setGridBandsVisible(false);
    parameters.setInverted(true); // first parameter on top
    parameters.setRange(-0.6, Math.max(indices.size(), 1) - 0.4);
    NumberAxis value = new NumberAxis("Sobol index (share of the KPI's variance)");
    double pad = 0.03 * (high - low);
    value.setRange(low - pad, high + pad);
    XYBarRenderer barRenderer = new XYBarRenderer();
    barRenderer.setShadowVisible(false);
    barRenderer.setDrawBarOutline(false);
    XYPlot plot = new XYPlot(bars, parameters, value, barRenderer);
    XYErrorRenderer whiskerRenderer = new XYErrorRenderer();
    whiskerRenderer.setDrawXError(false);
    whiskerRenderer.setDefaultLinesVisible(false);
    whiskerRenderer.setDefaultShapesVisible(false);
    whiskerRenderer.setDefaultSeriesVisibleInLegend(false);
    plot.setDataset(1, whiskers);
    plot.setRenderer(1, whiskerRenderer);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // whiskers over the bars
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setNoDataMessage("No Sobol indices");
    JFreeChart chart = style.apply(
        new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    // After the theme, which resets series paints.
    barRenderer.setSeriesPaint(0, FIRST);
    barRenderer.setSeriesPaint(1, TOTAL);
    whiskerRenderer.setErrorPaint(Color.DARK_GRAY);
    whiskerRenderer.setErrorStroke(new BasicStroke(1.5f));
    whiskerRenderer.setCapLength(6);
    return chart;
  }

  /**
   * Adds a bar at row position {@code y} and, when both ends are finite, its whisker; an
   * undefined estimate (NaN) draws neither.
   */
  private static void add(XYIntervalSeries bar, XYIntervalSeries whisker, double y,
      double value, double low, double high) {
    if (!Double.isFinite(value)) {
      return;
    }
    bar.add(y, y - HALF, y + HALF, value, value, value);
    if (Double.isFinite(low) && Double.isFinite(high)) {
      whisker.add(y, y, y, value, low, high);
    }
  }
}
