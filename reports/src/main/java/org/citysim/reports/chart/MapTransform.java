package org.citysim.reports.chart;

import java.awt.geom.Rectangle2D;

/**
 * World [m] to screen [px] mapping of the maps: one scale for both axes (equal aspect ratio),
 * the bounding box centred in the map area, north up (screen y grows downwards).
 *
 * @param minX  west edge of the drawn box [m]
 * @param maxY  north edge of the drawn box [m]
 * @param scale [px/m]
 * @param ox    screen x of {@code minX} [px]
 * @param oy    screen y of {@code maxY} [px]
 */
record MapTransform(double minX, double maxY, double scale, double ox, double oy) {

  /**
   * Fits the box {@code [minX, maxX] x [minY, maxY]} [m] into {@code map} [px]; null when the
   * box is not finite (nothing to draw).
   */
  static MapTransform fit(double minX, double minY, double maxX, double maxY,
      Rectangle2D map) {
    if (!(Double.isFinite(minX) && Double.isFinite(maxX) && Double.isFinite(minY)
        && Double.isFinite(maxY))) {
      return null;
    }
    // A box of zero width or height still gets a finite scale, as if 1 m wide.
    double spanX = Math.max(maxX - minX, 1.0);
    double spanY = Math.max(maxY - minY, 1.0);
    double scale = Math.min(map.getWidth() / spanX, map.getHeight() / spanY);
    double ox = map.getX() + (map.getWidth() - (maxX - minX) * scale) / 2;
    double oy = map.getY() + (map.getHeight() - (maxY - minY) * scale) / 2;
    return new MapTransform(minX, maxY, scale, ox, oy);
  }

  /** Screen x [px] of easting {@code x} [m]. */
  double x(double x) {
    return ox + (x - minX) * scale;
  }

  /** Screen y [px] of northing {@code y} [m]. */
  double y(double y) {
    return oy + (maxY - y) * scale;
  }
}
