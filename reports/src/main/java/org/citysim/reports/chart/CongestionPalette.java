package org.citysim.reports.chart;

import java.awt.Color;

/**
 * Colours for congestion (travel time over free-flow time): green at 1 (free flow), amber at 2,
 * red at 3 and above, grey when no vehicle left the link. Values are quantised into steps of
 * 0.1 so that links of one colour share one SVG path, which keeps large maps small.
 */
final class CongestionPalette {
  /** Bucket of links without data (NaN congestion). */
  static final int NO_DATA = 0;
  /** Number of colour buckets for 1.0, 1.1, ..., 3.0. */
  static final int STEPS = 21;

  static final Color GREY = new Color(0xB0, 0xB0, 0xB0);
  private static final Color GREEN = new Color(0x2E, 0xA0, 0x43);
  private static final Color AMBER = new Color(0xF5, 0xA6, 0x23);
  private static final Color RED = new Color(0xD0, 0x02, 0x1B);

  /** 0 for NaN, else 1..STEPS for congestion 1.0..3.0 (clamped). */
  int bucket(double congestion) {
    if (Double.isNaN(congestion)) {
      return NO_DATA;
    }
    double clamped = Math.max(1.0, Math.min(3.0, congestion));
    return 1 + (int) Math.round((clamped - 1.0) * 10.0);
  }

  /** Congestion value a bucket stands for (NaN for {@link #NO_DATA}). */
  double value(int bucket) {
    return bucket == NO_DATA ? Double.NaN : 1.0 + (bucket - 1) / 10.0;
  }

  /** Colour of a bucket. */
  Color color(int bucket) {
    if (bucket == NO_DATA) {
      return GREY;
    }
    double v = value(bucket);
    return v <= 2.0 ? mix(GREEN, AMBER, v - 1.0) : mix(AMBER, RED, v - 2.0);
  }

  private static Color mix(Color a, Color b, double t) {
    return new Color(
        (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
        (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
  }
}
