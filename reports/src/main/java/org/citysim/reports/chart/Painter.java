package org.citysim.reports.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** Draws a picture into an area; the same painter feeds the PNG and the SVG target. */
@FunctionalInterface
interface Painter {
  /** Draws into {@code area} [px] of {@code g}. */
  void paint(Graphics2D g, Rectangle2D area);
}
