package org.citysim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** Colour legend of the network map: the congestion scale and the no-data grey. */
final class NetworkLegend {
  private final CongestionPalette palette;

  NetworkLegend(CongestionPalette palette) {
    this.palette = palette;
  }

  /** Draws the legend into {@code area} [px]. */
  void paint(Graphics2D g, Rectangle2D area) {
    Font label = new Font(ChartStyle.FONT, Font.PLAIN, 11);
    g.setFont(label);
    g.setColor(Color.BLACK);
    double x0 = area.getX() + 10;
    double y0 = area.getY() + 16;
    g.drawString("congestion = travel time / free-flow time; line width by lanes",
        (float) x0, (float) (y0 - 4));

    double barY = y0 + 2;
    double barH = 12;
    double step = Math.min(14.0, (area.getWidth() - 200) / CongestionPalette.STEPS);
    for (int b = 1; b <= CongestionPalette.STEPS; b++) {
      g.setColor(palette.color(b));
      g.fill(new Rectangle2D.Double(x0 + (b - 1) * step, barY, step + 0.5, barH));
    }
    g.setColor(Color.DARK_GRAY);
    g.setStroke(new BasicStroke(0.5f));
    g.draw(new Rectangle2D.Double(x0, barY, step * CongestionPalette.STEPS, barH));
    g.setColor(Color.BLACK);
    double textY = barY + barH + 13;
    // Bucket b stands for 1 + (b-1)/10, so 1, 2 and 3 sit at the centres of buckets 1, 11, 21.
    drawCentred(g, "1 free flow", x0 + 0.5 * step, textY);
    drawCentred(g, "2", x0 + 10.5 * step, textY);
    drawCentred(g, "\u2265 3", x0 + 20.5 * step, textY);

    double greyX = x0 + step * CongestionPalette.STEPS + 40;
    g.setColor(CongestionPalette.GREY);
    g.fill(new Rectangle2D.Double(greyX, barY, 24, barH));
    g.setColor(Color.BLACK);
    g.drawString("no vehicle left the link", (float) (greyX + 30), (float) (barY + barH - 1));
  }

  private static void drawCentred(Graphics2D g, String text, double cx, double y) {
    double w = g.getFontMetrics().stringWidth(text);
    double x = Math.max(cx - w / 2, cx - 6);
    g.drawString(text, (float) x, (float) y);
  }
}
