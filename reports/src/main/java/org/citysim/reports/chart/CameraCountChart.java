package org.citysim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citysim.sim.sensor.Condition;
import org.citysim.sim.sensor.SensorOutputs.CameraInterval;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Observed against true camera counts, one point per camera and reported interval, coloured by
 * the condition, with the line where they agree. Counts are whole numbers, so many intervals
 * share a point; each distinct point is drawn once per condition, which keeps the SVG small for
 * long runs with many cameras, and each condition's points are shifted sideways by a fixed
 * {@link #DODGE} so that the conditions do not hide each other.
 */
final class CameraCountChart {
  /** Colour of a condition's points (semi-transparent, so stacked points show). */
  private static Color colour(Condition c) {
    return switch (c) {
      case DAY -> new Color(0xE6, 0x9F, 0x00, 170);
      case NIGHT -> new Color(0x1F, 0x3A, 0x93, 170);
      case RAIN -> new Color(0x00, 0x9E, 0x73, 170);
      case FOG -> new Color(0x88, 0x88, 0x88, 170);
    };
  }

  /** Sideways shift between the points of neighbouring conditions [veh]. */
  static final double DODGE = 0.12;

  private final ChartStyle style;

  CameraCountChart(ChartStyle style) {
    this.style = style;
  }

  JFreeChart build(String title, List<CameraInterval> cameras) {
    Map<Condition, Set<List<Integer>>> points = new EnumMap<>(Condition.class);
    int max = 1;
    long reported = 0;
    for (CameraInterval c : cameras) {
      if (!c.valid()) {
        continue;
      }
      int t = c.truth().total();
      int o = c.observed().total();
      points.computeIfAbsent(c.condition(), k -> new LinkedHashSet<>()).add(List.of(t, o));
      max = Math.max(max, Math.max(t, o));
      reported++;
    }
    XYSeriesCollection data = new XYSeriesCollection();
    XYSeries agree = new XYSeries("observed = true", false, true);
    agree.add(0, 0);
    agree.add(max, max);
    data.addSeries(agree);
    for (Map.Entry<Condition, Set<List<Integer>>> e : points.entrySet()) {
      XYSeries s = new XYSeries(e.getKey().label(), false, true);
      double shift = (e.getKey().ordinal() - (Condition.values().length - 1) / 2.0) * DODGE;
      for (List<Integer> p : e.getValue()) {
        s.add(p.get(0) + shift, p.get(1).doubleValue(), false);
      }
      data.addSeries(s);
    }
    NumberAxis x = new NumberAxis("true vehicles per interval [veh]");
    NumberAxis y = new NumberAxis("observed vehicles per interval [veh]");
    x.setAutoRangeIncludesZero(true);
    y.setAutoRangeIncludesZero(true);
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setNoDataMessage("No camera readings");
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.addSubtitle(new TextTitle(reported + " readings of "
        + cameras.stream().map(CameraInterval::link).distinct().count() + " camera(s)"));
    style.apply(chart);
    // After the theme, which resets series paints and shapes.
    renderer.setSeriesLinesVisible(0, true);
    renderer.setSeriesShapesVisible(0, false);
    renderer.setSeriesPaint(0, Color.BLACK);
    renderer.setSeriesStroke(0, new BasicStroke(1.0f));
    int i = 1;
    for (Condition c : points.keySet()) {
      renderer.setSeriesPaint(i, colour(c));
      renderer.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
      i++;
    }
    return chart;
  }
}
