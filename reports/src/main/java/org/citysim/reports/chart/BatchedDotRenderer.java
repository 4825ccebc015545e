package org.citysim.reports.chart;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.xy.XYDataset;

/**
 * Draws each series' points as small squares filled in one go. A standard renderer fills one
 * shape per point, which in SVG is an element with its own style per point: a scatter of
 * thousands of design points would weigh megabytes. One path per series keeps the file small
 * and the picture the same. No tooltips or entities (the charts are static files).
 */
final class BatchedDotRenderer extends AbstractXYItemRenderer {
  private static final long serialVersionUID = 1L;

  /** Half the side of a dot [px]. */
  private final double half;
  /** The dots of the series being drawn; one chart is drawn by one thread at a time. */
  private transient Path2D.Double dots;

  /** @param size side of a dot [px] */
  BatchedDotRenderer(double size) {
    this.half = size / 2;
    setDefaultShape(new Rectangle2D.Double(-half, -half, size, size));
    setAutoPopulateSeriesShape(false);
  }

  @Override
  public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea,
      PlotRenderingInfo info, XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis,
      XYDataset dataset, int series, int item, CrosshairState crosshairState, int pass) {
    // The plot may skip items outside the visible range; the state knows the first and last.
    if (item == state.getFirstItemIndex() || dots == null) {
      dots = new Path2D.Double();
    }
    double x = dataset.getXValue(series, item);
    double y = dataset.getYValue(series, item);
    if (Double.isFinite(x) && Double.isFinite(y) && getItemVisible(series, item)) {
      double px = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
      double py = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
      if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
        double t = px;
        px = py;
        py = t;
      }
      dots.append(new Rectangle2D.Double(px - half, py - half, 2 * half, 2 * half), false);
    }
    if (item == state.getLastItemIndex()) {
      g2.setPaint(lookupSeriesPaint(series));
      g2.fill(dots);
      dots = null;
    }
  }
}
