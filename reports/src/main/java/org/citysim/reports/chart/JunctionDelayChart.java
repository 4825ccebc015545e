package org.citysim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.citysim.reports.text.Decimals;
import org.citysim.sim.metrics.JunctionStats;
import org.citysim.sim.metrics.LevelOfService;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Average control delay per signalised junction as horizontal bars, each coloured by its HCM
 * level of service, with the level thresholds (10, 20, 35, 55, 80 s/veh) as dashed lines.
 * Junctions are sorted worst first; a large network shows its {@link #MAX_BARS} worst.
 */
final class JunctionDelayChart {
  /** Most bars drawn; more would be unreadable, and junctions.csv has them all. */
  static final int MAX_BARS = 40;

  private final ChartStyle style;

  JunctionDelayChart(ChartStyle style) {
    this.style = style;
  }

  /** The junctions drawn: those that served vehicles, worst first, at most {@link #MAX_BARS}. */
  static List<JunctionStats> shown(List<JunctionStats> junctions) {
    List<JunctionStats> served = new ArrayList<>();
    for (JunctionStats j : junctions) {
      if (j.vehicles() > 0) {
        served.add(j);
      }
    }
    // Stable sort: equal delays keep node order, so the chart is deterministic.
    served.sort(Comparator.comparingDouble(JunctionStats::controlDelayMean).reversed());
    return served.subList(0, Math.min(MAX_BARS, served.size()));
  }

  /** Height that gives each bar room for its label [px]. */
  static int height(int bars) {
    return Math.max(RunCharts.CHART_H, 150 + 18 * bars);
  }

  JFreeChart build(String title, List<JunctionStats> junctions) {
    List<JunctionStats> bars = shown(junctions);
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (JunctionStats j : bars) {
      data.addValue(j.controlDelayMean(), "control delay", j.junction());
    }
    BarRenderer renderer = new BarRenderer() {
      private static final long serialVersionUID = 1L;

      @Override
      public Paint getItemPaint(int row, int column) {
        return LosPalette.of(bars.get(column).los());
      }
    };
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0);
    NumberAxis value = new NumberAxis("average control delay [s/veh]");
    value.setAutoRangeIncludesZero(true);
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("junction"), value, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setNoDataMessage("No vehicle crossed a signalised junction");
    double top = bars.isEmpty() ? 0 : bars.get(0).controlDelayMean();
    for (LevelOfService los : LevelOfService.values()) {
      // Only thresholds within reach of the bars, so a quiet network keeps a useful scale.
      if (Double.isFinite(los.maxDelay()) && los.maxDelay() <= Math.max(top * 1.3, 10)) {
        ValueMarker m = new ValueMarker(los.maxDelay(), Color.GRAY, new BasicStroke(1f,
            BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        plot.addRangeMarker(m);
      }
    }
    LegendItemCollection legend = new LegendItemCollection();
    for (LevelOfService los : LevelOfService.values()) {
      String range = los == LevelOfService.F ? "> 80 s"
          : "\u2264 " + Decimals.plain(los.maxDelay()) + " s";
      legend.add(new LegendItem("LOS " + los.name() + " (" + range + ")", LosPalette.of(los)));
    }
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    long served = junctions.stream().filter(j -> j.vehicles() > 0).count();
    chart.addSubtitle(new TextTitle(bars.size() < served
        ? "the " + bars.size() + " junctions with the highest delay of " + served
        : served + " signalised junctions, highest delay first"));
    style.apply(chart);
    return chart;
  }
}
