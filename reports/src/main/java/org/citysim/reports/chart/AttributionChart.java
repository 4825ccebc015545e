package org.citysim.reports.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citysim.reports.text.Decimals;
import org.citysim.sim.metrics.PollutionOutputs.Attribution;
import org.citysim.sim.metrics.PollutionOutputs.Source;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Where one station's run-mean concentration comes from: per pollutant a panel of horizontal
 * bars [ug/m3], the {@link #TOP} largest source links, then "other links" (the rest summed) and
 * "background", each labelled with its share of the mean. The panels are separate charts drawn
 * one above the other, because NO2 and PM2.5 have different source links and magnitudes.
 */
final class AttributionChart {
  /** Source links shown by name; attribution.csv has them all. */
  static final int TOP = 10;
  static final String OTHER = "other links";
  static final String BACKGROUND = "background";

  private static final Color LINK = new Color(0x3B, 0x6E, 0xA8);
  private static final Color REST = new Color(0x9E, 0xB9, 0xD4);
  private static final Color BACK = new Color(0xA0, 0xA0, 0xA0);

  private final ChartStyle style;

  AttributionChart(ChartStyle style) {
    this.style = style;
  }

  /** Bars of one panel: the top links, "other links" if any are left over, "background". */
  static int bars(Attribution a) {
    return Math.min(TOP, a.sources().size()) + (a.sources().size() > TOP ? 1 : 0) + 1;
  }

  /** Height of a panel [px], room for each bar's label. */
  static int panelHeight(Attribution a) {
    return 120 + 22 * bars(a);
  }

  /** Height of the whole picture for {@code panels} [px]. */
  static int height(List<Attribution> panels) {
    return panels.stream().mapToInt(AttributionChart::panelHeight).sum();
  }

  /** A painter drawing one panel per attribution (of one station), top to bottom. */
  Painter build(List<Attribution> panels) {
    List<JFreeChart> charts = new ArrayList<>();
    for (Attribution a : panels) {
      charts.add(panel(a));
    }
    return (Graphics2D g, Rectangle2D area) -> {
      // Heights in proportion to the panels' own, so bars are equally thick in each.
      double total = height(panels);
      double y = area.getY();
      for (int i = 0; i < charts.size(); i++) {
        double h = area.getHeight() * panelHeight(panels.get(i)) / total;
        charts.get(i).draw(g, new Rectangle2D.Double(area.getX(), y, area.getWidth(), h));
        y += h;
      }
    };
  }

  private JFreeChart panel(Attribution a) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<Color> paints = new ArrayList<>();
    List<String> shares = new ArrayList<>();
    List<Source> sources = a.sources();
    for (Source s : sources.subList(0, Math.min(TOP, sources.size()))) {
      add(data, paints, shares, "link " + s.link(), s.concentration(), s.share(), LINK);
    }
    if (sources.size() > TOP) {
      double rest = 0;
      double restShare = 0;
      for (Source s : sources.subList(TOP, sources.size())) {
        rest += s.concentration();
        restShare += s.share();
      }
      add(data, paints, shares, OTHER + " (" + (sources.size() - TOP) + ")", rest, restShare,
          REST);
    }
    add(data, paints, shares, BACKGROUND, a.background(),
        a.mean() != 0 ? a.background() / a.mean() : Double.NaN, BACK);
    BarRenderer renderer = new BarRenderer() {
      private static final long serialVersionUID = 1L;

      @Override
      public Paint getItemPaint(int row, int column) {
        return paints.get(column);
      }
    };
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
      private static final long serialVersionUID = 1L;

      @Override
      public String generateLabel(org.jfree.data.category.CategoryDataset d, int row, int col) {
        return shares.get(col);
      }
    });
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, 10));
    // Right of the bar's end: the default (above the end) overlaps the bar above.
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(
        ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    NumberAxis value =
        new NumberAxis("contribution to the run-mean concentration [\u00b5g/m\u00b3]");
    value.setAutoRangeIncludesZero(true);
    value.setUpperMargin(0.15); // room for the share labels right of the longest bar
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("source"), value, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setNoDataMessage("No attribution recorded");
    String title = name(a.pollutant()) + " at station " + a.station() + ": run mean "
        + Decimals.plain(Math.round(a.mean() * 100) / 100.0) + " \u00b5g/m\u00b3";
    JFreeChart chart = new JFreeChart(title, new Font(ChartStyle.FONT, Font.BOLD, 14), plot,
        false);
    style.apply(chart);
    return chart;
  }

  private static void add(DefaultCategoryDataset data, List<Color> paints, List<String> shares,
      String label, double value, double share, Color paint) {
    data.addValue(value, "contribution", label);
    paints.add(paint);
    shares.add(Double.isFinite(share)
        ? String.format(Locale.ROOT, "%.1f %%", share * 100) : "");
  }

  /** Display name of a pollutant id. */
  static String name(String pollutant) {
    return switch (pollutant) {
      case "no2" -> "NO\u2082";
      case "pm25" -> "PM2.5";
      case "nox" -> "NOx";
      case "co2" -> "CO\u2082";
      default -> pollutant;
    };
  }
}
