package org.citysim.reports.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.graphics2d.svg.SVGGraphics2D;

/** Renders a {@link Painter} to PNG and to SVG files. */
final class ChartOutput {
  /**
   * SVGGraphics2D's default defs prefix contains System.nanoTime(), which would make every SVG
   * differ between identical runs; a fixed prefix keeps them byte-identical.
   */
  static final String DEFS_PREFIX = "citysim-";

  /** Decimals of SVG coordinates [px]: 0.01 px is invisible and keeps big maps small. */
  private static final int GEOMETRY_DP = 2;

  /**
   * Writes {@code file}'s PNG and SVG into {@code dir}, both {@code width} x {@code height}
   * [px]. Returns null so that it can be the body of a chart task.
   */
  Void writeBoth(Painter painter, int width, int height, Path dir, ChartFile file)
      throws IOException {
    writePng(painter, width, height, dir.resolve(file.png()));
    writeSvg(painter, width, height, dir.resolve(file.svg()));
    return null;
  }

  /** Writes a {@code width} x {@code height} [px] PNG. */
  void writePng(Painter painter, int width, int height, Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      renderPng(painter, width, height, out);
    }
  }

  /** Draws a {@code width} x {@code height} [px] PNG into {@code out}. */
  void renderPng(Painter painter, int width, int height, OutputStream out) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      painter.paint(g, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g.dispose();
    }
    // ImageIO's file cache would write a temp file per image; memory is enough here.
    ImageIO.setUseCache(false);
    if (!ImageIO.write(image, "png", out)) {
      throw new IOException("no PNG writer available");
    }
  }

  /** Writes an SVG of {@code width} x {@code height} [px], UTF-8, without an external DTD. */
  void writeSvg(Painter painter, int width, int height, Path file) throws IOException {
    Files.writeString(file, renderSvg(painter, width, height), StandardCharsets.UTF_8);
  }

  /** The SVG document of {@code painter} at {@code width} x {@code height} [px]. */
  String renderSvg(Painter painter, int width, int height) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(DEFS_PREFIX);
    g.setGeometryDP(GEOMETRY_DP);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    try {
      painter.paint(g, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g.dispose();
    }
    // Written by hand rather than SVGUtils.writeToSVG: that one adds a DOCTYPE pointing to a
    // remote DTD (XML tools may try to fetch it offline) and wraps IOExceptions unchecked.
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n";
  }
}
