package org.citysim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.citysim.reports.sweep.MorrisIndex;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Morris screening of one KPI: each parameter as a point at (mu*, sigma), labelled with its
 * path, and the dashed line sigma = mu*. Both axes share one scale and the chart is square,
 * so that line is the diagonal. Right means influential; above the line means the
 * effect varies more than its average size (non-linear or interacting).
 */
final class MorrisChart {
  private static final Color POINTS = new Color(0xC0, 0x39, 0x2B);
  /** Room beyond the largest value so that labels and markers stay inside [share]. */
  private static final double MARGIN = 0.15;

  private final ChartStyle style;

  MorrisChart(ChartStyle style) {
    this.style = style;
  }

  /**
   * @param unit    the KPI's unit; empty if unknown
   * @param indices one KPI's indices; those with an undefined mu* or sigma are left out
   */
  JFreeChart build(String title, String unit, List<MorrisIndex> indices) {
    XYSeries points = new XYSeries("parameter", false, true);
    double maxX = 0;
    double maxY = 0;
    for (MorrisIndex m : indices) {
      if (Double.isFinite(m.muStar()) && Double.isFinite(m.sigma())) {
        points.add(m.muStar(), m.sigma(), false);
        maxX = Math.max(maxX, m.muStar());
        maxY = Math.max(maxY, m.sigma());
      }
    }
    String per = unit.isEmpty() ? "" : " [" + unit + "]";
    NumberAxis x = new NumberAxis("\u03bc* (mean size of the elementary effects)" + per);
    NumberAxis y = new NumberAxis("\u03c3 (spread of the elementary effects)" + per);
    // One scale on both axes (drawn square), so the line sigma = mu* is the diagonal.
    double xTop = top(Math.max(maxX, maxY));
    x.setRange(0, xTop);
    y.setRange(0, xTop);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    XYPlot plot = new XYPlot(new XYSeriesCollection(points), x, y, renderer);
    plot.setNoDataMessage("No Morris indices");
    plot.addAnnotation(new XYLineAnnotation(0, 0, xTop, xTop, new BasicStroke(1f,
        BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f),
        Color.GRAY));
    for (MorrisIndex m : indices) {
      if (Double.isFinite(m.muStar()) && Double.isFinite(m.sigma())) {
        // Labels of points in the right half go to their left, so they stay in the plot.
        boolean right = m.muStar() > xTop / 2;
        XYTextAnnotation label = new XYTextAnnotation(right ? m.parameter() + "  "
            : "  " + m.parameter(), m.muStar(), m.sigma());
        label.setTextAnchor(right ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
        label.setFont(new Font(ChartStyle.FONT, Font.PLAIN, 11));
        plot.addAnnotation(label);
      }
    }
    JFreeChart chart = style.apply(
        new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false));
    // After the theme, which resets series paints and shapes.
    renderer.setSeriesPaint(0, POINTS);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
    return chart;
  }

  /** Upper end of an axis whose largest value is {@code max} (1 when all are zero). */
  private static double top(double max) {
    return max > 0 ? max * (1 + MARGIN) : 1;
  }
}
