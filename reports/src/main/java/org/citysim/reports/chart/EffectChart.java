package org.citysim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One KPI against one parameter as {@link EffectPlan} lays it out: the means with their 95 %
 * intervals as bars, points with a single run as hollow circles, and a line through the means
 * when only this parameter varies; a curve of many points shows its intervals as a shaded band
 * instead. Markers shrink and fade as points grow many, and a scatter too dense for bars is
 * drawn as small dots in one path, so it stays readable and its SVG small.
 */
final class EffectChart {
  private static final Color POINTS = new Color(0x1F, 0x5F, 0xA8);
  /** Points up to which markers are large and opaque. */
  private static final int FEW = EffectPlan.FEW;

  private final ChartStyle style;

  EffectChart(ChartStyle style) {
    this.style = style;
  }

  JFreeChart build(String title, EffectPlan plan) {
    List<XYDataset> datasets = new ArrayList<>();
    List<XYItemRenderer> renderers = new ArrayList<>();
    int n = plan.items().size();
    // Overlapping dots of one batched path do not darken each other, so no fainter than this.
    Color fill = translucent(n <= FEW ? 255 : 170);
    // The band is one polygon through the items in order, so they must be sorted by x.
    YIntervalSeries withCi = new YIntervalSeries(plan.band() ? "95 % confidence interval"
        : plan.bars() ? "mean with 95 % confidence interval" : "mean", plan.band(), true);
    XYSeries single = new XYSeries("mean of a single run (no interval)", false, true);
    for (EffectPlan.Item i : plan.items()) {
      if (i.hasInterval() && (plan.bars() || plan.band())) {
        withCi.add(i.x(), i.mean(), i.low(), i.high());
      } else if (plan.bars() || plan.band()) {
        single.add(i.x(), i.mean(), false);
      } else {
        // Without bars the y range must not make room for the unseen intervals.
        withCi.add(i.x(), i.mean(), i.mean(), i.mean());
      }
    }
    YIntervalSeriesCollection ci = new YIntervalSeriesCollection();
    ci.addSeries(withCi);
    if (plan.band()) {
      DeviationRenderer band = new DeviationRenderer(false, false);
      band.setAlpha(0.25f);
      band.setDefaultSeriesVisibleInLegend(false); // it would have no symbol; the line says it
      band.setSeriesFillPaint(0, POINTS);
      datasets.add(ci);
      renderers.add(band);
    }
    if (plan.connected()) {
      XYSeries line = new XYSeries(plan.band() ? "mean (shaded: 95 % confidence interval)"
          : "mean", true, true);
      plan.items().forEach(i -> line.add(i.x(), i.mean()));
      datasets.add(new XYSeriesCollection(line));
      XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
      r.setDrawSeriesLineAsPath(true); // one SVG path, not one element per segment
      // A curve of few points has its dots and bars in the legend; the line needs none.
      r.setDefaultSeriesVisibleInLegend(plan.band());
      renderers.add(r);
    }
    XYErrorRenderer errors = null;
    if (plan.bars()) {
      errors = new XYErrorRenderer();
      errors.setDefaultLinesVisible(false);
      errors.setDrawXError(false);
      errors.setDrawOutlines(false);
      datasets.add(ci);
      renderers.add(errors);
    } else if (!plan.band()) {
      datasets.add(ci);
      renderers.add(new BatchedDotRenderer(3));
    }
    XYLineAndShapeRenderer hollow = null;
    if (single.getItemCount() > 0) {
      datasets.add(new XYSeriesCollection(single));
      hollow = new XYLineAndShapeRenderer(false, true);
      renderers.add(hollow);
    }
    XYPlot plot = new XYPlot(null, xAxis(plan), yAxis(plan), null);
    for (int d = 0; d < datasets.size(); d++) {
      plot.setDataset(d, datasets.get(d));
      plot.setRenderer(d, renderers.get(d));
    }
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // band, line, then points
    plot.setNoDataMessage("No design point has a mean of this KPI");
    JFreeChart chart = style.apply(
        new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    // After the theme, which resets series paints, fills and shapes.
    for (XYItemRenderer r : renderers) {
      r.setSeriesPaint(0, r instanceof BatchedDotRenderer ? fill : POINTS);
      if (r instanceof DeviationRenderer band) {
        band.setSeriesFillPaint(0, POINTS);
      }
    }
    if (plan.connected()) {
      XYItemRenderer line = renderers.get(plan.band() ? 1 : 0);
      line.setSeriesPaint(0, plan.band() ? POINTS : new Color(0x99, 0x99, 0x99));
      line.setSeriesStroke(0, new BasicStroke(plan.band() ? 2.0f : 1.5f));
    }
    if (errors != null) {
      double size = n <= FEW ? 7 : 5;
      errors.setSeriesPaint(0, fill);
      errors.setSeriesShape(0, new Ellipse2D.Double(-size / 2, -size / 2, size, size));
      errors.setErrorPaint(translucent(Math.min(fill.getAlpha(), 150)));
      errors.setErrorStroke(new BasicStroke(n <= FEW ? 1.5f : 1.0f));
      errors.setCapLength(n <= FEW ? 6 : 0); // caps of close bars would touch
    }
    if (hollow != null) {
      hollow.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
      hollow.setSeriesShapesFilled(0, false);
      hollow.setUseOutlinePaint(false);
    }
    return chart;
  }

  private static Color translucent(int alpha) {
    return new Color(POINTS.getRed(), POINTS.getGreen(), POINTS.getBlue(), alpha);
  }

  private static ValueAxis xAxis(EffectPlan plan) {
    String label = plan.parameter().path();
    if (plan.parameter().numeric()) {
      NumberAxis x = new NumberAxis(label);
      x.setAutoRangeIncludesZero(false);
      return x;
    }
    List<String> choices = plan.parameter().choices();
    SymbolAxis x = new SymbolAxis(label, choices.toArray(String[]::new));
    x.setGridBandsVisible(false);
    x.setRange(-0.5, choices.size() - 0.5);
    return x;
  }

  private static NumberAxis yAxis(EffectPlan plan) {
    NumberAxis y = new NumberAxis(plan.kpiLabel());
    y.setAutoRangeIncludesZero(false);
    return y;
  }
}
