package org.citysim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.citysim.reports.text.Decimals;
import org.citysim.sim.metrics.NetworkGeometry;
import org.citysim.sim.metrics.NetworkGeometry.LinkLine;
import org.citysim.sim.metrics.PollutionOutputs.Grid;
import org.citysim.sim.metrics.PollutionOutputs.StationSeries;

/**
 * A concentration field over the network: grid cells as filled squares on a sequential colour
 * scale, the links on top as thin grey lines (both directions on one line; the map is about
 * where the air is bad, not about lanes), and the stations as labelled markers. Plain Java2D
 * like {@link NetworkPainter}, with its equal-aspect transform; runs of equal colour along a
 * grid row are merged into one rectangle and all cells of a colour share one path, which keeps
 * large grids small in SVG.
 */
final class HeatMapPainter implements Painter {
  private static final double TITLE_H = 52;
  private static final double LEGEND_H = 58;
  private static final double MARGIN = 14;
  private static final Color LINK = new Color(0x55, 0x55, 0x55);

  private final Grid grid;
  private final double[] values;
  private final ConcentrationPalette palette;
  private final NetworkGeometry network;
  private final List<StationSeries> stations;
  private final String title;
  private final String subtitle;

  /**
   * @param values   concentration per cell, indexed {@code j·nx + i} [ug/m3]
   * @param palette  the colour scale (shared by the mean and peak maps of a pollutant)
   * @param subtitle one line under the title, e.g. the peak hour
   */
  HeatMapPainter(Grid grid, double[] values, ConcentrationPalette palette,
      NetworkGeometry network, List<StationSeries> stations, String title, String subtitle) {
    this.grid = grid;
    this.values = values.clone();
    this.palette = palette;
    this.network = network;
    this.stations = List.copyOf(stations);
    this.title = title;
    this.subtitle = subtitle;
  }

  @Override
  public void paint(Graphics2D g, Rectangle2D area) {
    g.setColor(Color.WHITE);
    g.fill(area);
    g.setColor(Color.BLACK);
    g.setFont(new Font(ChartStyle.FONT, Font.BOLD, 18));
    centred(g, title, area.getCenterX(), area.getY() + 26);
    g.setFont(new Font(ChartStyle.FONT, Font.PLAIN, 12));
    centred(g, subtitle, area.getCenterX(), area.getY() + 44);
    Rectangle2D map = new Rectangle2D.Double(area.getX() + MARGIN, area.getY() + TITLE_H,
        area.getWidth() - 2 * MARGIN, area.getHeight() - TITLE_H - LEGEND_H - MARGIN);
    double[] box = bounds();
    MapTransform t = MapTransform.fit(box[0], box[1], box[2], box[3], map);
    if (t != null) {
      drawCells(g, t);
      drawLinks(g, t);
      drawStations(g, t);
    }
    legend(g, new Rectangle2D.Double(area.getX() + MARGIN, area.getMaxY() - LEGEND_H - MARGIN / 2,
        area.getWidth() - 2 * MARGIN, LEGEND_H));
  }

  /** The grid's extent joined with the network's and the stations' [m]. */
  private double[] bounds() {
    double[] b = NetworkPainter.bounds(network);
    b[0] = Math.min(b[0], grid.x0());
    b[1] = Math.min(b[1], grid.y0());
    b[2] = Math.max(b[2], grid.x0() + grid.nx() * grid.cell());
    b[3] = Math.max(b[3], grid.y0() + grid.ny() * grid.cell());
    for (StationSeries s : stations) {
      b[0] = Math.min(b[0], s.x());
      b[1] = Math.min(b[1], s.y());
      b[2] = Math.max(b[2], s.x());
      b[3] = Math.max(b[3], s.y());
    }
    return b;
  }

  private void drawCells(Graphics2D g, MapTransform t) {
    Map<Integer, Path2D.Double> paths = new TreeMap<>();
    for (int j = 0; j < grid.ny(); j++) {
      double top = t.y(grid.y0() + (j + 1) * grid.cell());
      double bottom = t.y(grid.y0() + j * grid.cell());
      int i = 0;
      while (i < grid.nx()) {
        int bucket = bucketAt(i, j);
        int end = i + 1;
        while (end < grid.nx() && bucketAt(end, j) == bucket) {
          end++;
        }
        if (bucket >= 0) {
          double left = t.x(grid.x0() + i * grid.cell());
          double right = t.x(grid.x0() + end * grid.cell());
          paths.computeIfAbsent(bucket, k -> new Path2D.Double())
              .append(new Rectangle2D.Double(left, top, right - left, bottom - top), false);
        }
        i = end;
      }
    }
    // Without anti-aliasing neighbouring cells meet without hairline seams.
    Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    for (Map.Entry<Integer, Path2D.Double> e : paths.entrySet()) {
      g.setColor(palette.color(e.getKey()));
      g.fill(e.getValue());
    }
    if (aa != null) {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
    }
  }

  private int bucketAt(int i, int j) {
    int c = j * grid.nx() + i;
    return c < values.length ? palette.bucket(values[c]) : -1;
  }

  private void drawLinks(Graphics2D g, MapTransform t) {
    Path2D.Double p = new Path2D.Double();
    for (LinkLine l : network.links()) {
      p.moveTo(t.x(l.x1()), t.y(l.y1()));
      p.lineTo(t.x(l.x2()), t.y(l.y2()));
    }
    g.setColor(LINK);
    g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
    g.draw(p);
  }

  private void drawStations(Graphics2D g, MapTransform t) {
    g.setFont(new Font(ChartStyle.FONT, Font.BOLD, 12));
    FontMetrics fm = g.getFontMetrics();
    for (StationSeries s : stations) {
      double x = t.x(s.x());
      double y = t.y(s.y());
      Ellipse2D marker = new Ellipse2D.Double(x - 5, y - 5, 10, 10);
      g.setColor(Color.WHITE);
      g.fill(marker);
      g.setColor(Color.BLACK);
      g.setStroke(new BasicStroke(2f));
      g.draw(marker);
      // A white box behind the label keeps it legible on dark cells.
      double w = fm.stringWidth(s.id());
      g.setColor(new Color(255, 255, 255, 210));
      g.fill(new Rectangle2D.Double(x + 8, y - fm.getAscent() + 2, w + 4, fm.getAscent() + 2));
      g.setColor(Color.BLACK);
      g.drawString(s.id(), (float) (x + 10), (float) (y + 3));
    }
  }

  private void legend(Graphics2D g, Rectangle2D area) {
    g.setFont(new Font(ChartStyle.FONT, Font.PLAIN, 11));
    g.setColor(Color.BLACK);
    double x0 = area.getX() + 10;
    double y0 = area.getY() + 16;
    g.drawString("concentration [\u00b5g/m\u00b3]; grey lines: road links; circles: "
        + "air-quality stations", (float) x0, (float) (y0 - 4));
    double barY = y0 + 2;
    double barH = 12;
    double step = Math.min(20.0, (area.getWidth() - 40) / ConcentrationPalette.STEPS);
    for (int b = 0; b < ConcentrationPalette.STEPS; b++) {
      g.setColor(palette.color(b));
      g.fill(new Rectangle2D.Double(x0 + b * step, barY, step + 0.5, barH));
    }
    g.setColor(Color.DARK_GRAY);
    g.setStroke(new BasicStroke(0.5f));
    g.draw(new Rectangle2D.Double(x0, barY, step * ConcentrationPalette.STEPS, barH));
    g.setColor(Color.BLACK);
    double textY = barY + barH + 13;
    g.drawString(Decimals.plain(round(palette.min())), (float) x0, (float) textY);
    String max = Decimals.plain(round(palette.max())) + " \u00b5g/m\u00b3";
    double right = x0 + step * ConcentrationPalette.STEPS;
    g.drawString(max, (float) (right - g.getFontMetrics().stringWidth(max)), (float) textY);
  }

  /** One decimal: the legend shows the scale, the CSV has the exact values. */
  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static void centred(Graphics2D g, String text, double cx, double y) {
    g.drawString(text, (float) (cx - g.getFontMetrics().stringWidth(text) / 2.0), (float) y);
  }
}
