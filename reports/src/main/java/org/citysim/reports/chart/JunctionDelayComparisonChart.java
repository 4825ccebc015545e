package org.citysim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citysim.reports.compare.JunctionRow;
import org.citysim.reports.compare.RunData;
import org.citysim.sim.metrics.LevelOfService;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Average control delay per junction, one bar per run in each junction's group, with the HCM
 * level thresholds as dashed lines. Junctions are sorted by their highest delay in any run; a
 * large network shows its {@link #MAX_JUNCTIONS} worst.
 */
final class JunctionDelayComparisonChart {
  /** Most junction groups drawn. */
  static final int MAX_JUNCTIONS = 15;

  private final ChartStyle style;

  JunctionDelayComparisonChart(ChartStyle style) {
    this.style = style;
  }

  /** Junction ids drawn: worst highest delay first; ties in the order first met. */
  static List<String> shown(List<RunData> runs) {
    Map<String, Double> worst = new LinkedHashMap<>();
    for (RunData r : runs) {
      for (JunctionRow j : r.junctions()) {
        if (Double.isFinite(j.controlDelay())) {
          worst.merge(j.junction(), j.controlDelay(), Math::max);
        }
      }
    }
    List<String> ids = new ArrayList<>(worst.keySet());
    ids.sort(Comparator.comparingDouble((String id) -> worst.get(id)).reversed());
    return ids.subList(0, Math.min(MAX_JUNCTIONS, ids.size()));
  }

  /** Height that gives each bar room [px]. */
  static int height(int junctions, int runs) {
    return Math.max(RunCharts.CHART_H, 150 + junctions * (runs * 10 + 10));
  }

  JFreeChart build(String title, List<RunData> runs) {
    List<String> ids = shown(runs);
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (RunData r : runs) {
      Map<String, Double> delays = new LinkedHashMap<>();
      for (JunctionRow j : r.junctions()) {
        delays.put(j.junction(), j.controlDelay());
      }
      for (String id : ids) {
        Double d = delays.get(id);
        data.addValue(d == null || !Double.isFinite(d) ? null : d, r.label(), id);
      }
    }
    BarRenderer renderer = new BarRenderer();
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0.05);
    NumberAxis value = new NumberAxis("average control delay [s/veh]");
    value.setAutoRangeIncludesZero(true);
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("junction"), value, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setNoDataMessage("No run has a signalised junction that served vehicles");
    double top = 0;
    for (RunData r : runs) {
      for (JunctionRow j : r.junctions()) {
        if (Double.isFinite(j.controlDelay())) {
          top = Math.max(top, j.controlDelay());
        }
      }
    }
    for (LevelOfService los : LevelOfService.values()) {
      if (Double.isFinite(los.maxDelay()) && los.maxDelay() <= Math.max(top * 1.3, 10)) {
        plot.addRangeMarker(new ValueMarker(los.maxDelay(), Color.GRAY, new BasicStroke(1f,
            BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f)));
      }
    }
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.addSubtitle(new TextTitle((ids.size() == MAX_JUNCTIONS ? "the " + MAX_JUNCTIONS
        + " junctions" : "junctions") + " with the highest delay in any run; dashed: LOS "
        + "thresholds"));
    style.apply(chart);
    return chart;
  }
}
