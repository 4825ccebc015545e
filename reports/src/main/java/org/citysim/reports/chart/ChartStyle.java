package org.citysim.reports.chart;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look of all JFreeChart charts. Applied per chart instead of through
 * {@code ChartFactory.setChartTheme}, which is global state shared by every run in the JVM.
 */
final class ChartStyle {
  /** Logical font: always present in a JRE, maps to DejaVu Sans on the CI machines. */
  static final String FONT = Font.SANS_SERIF;

  private final StandardChartTheme theme = new StandardChartTheme("citysim");

  ChartStyle() {
    theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 18));
    theme.setLargeFont(new Font(FONT, Font.BOLD, 13));
    theme.setRegularFont(new Font(FONT, Font.PLAIN, 12));
    theme.setSmallFont(new Font(FONT, Font.PLAIN, 10));
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    theme.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    // Flat bars: gradients and shadows add SVG defs and visual noise without information.
    theme.setXYBarPainter(new StandardXYBarPainter());
    theme.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
    theme.setShadowVisible(false);
  }

  /** Applies the style to {@code chart} and returns it. */
  JFreeChart apply(JFreeChart chart) {
    theme.apply(chart);
    chart.setBackgroundPaint(Color.WHITE);
    // Room on the right so the last time-of-day tick label is not clipped.
    chart.setPadding(new RectangleInsets(6, 6, 6, 20));
    return chart;
  }
}
