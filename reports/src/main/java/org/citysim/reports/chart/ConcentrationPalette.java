package org.citysim.reports.chart;

import java.awt.Color;

/**
 * Sequential colours for concentrations on a scale [min, max]: pale yellow (low) through orange
 * and red to purple (high), in the spirit of ColorBrewer's YlOrRd with a purple end so the
 * highest values stand out from red roads. Values are quantised into {@link #STEPS} buckets so
 * cells of one colour share one SVG path.
 */
final class ConcentrationPalette {
  static final int STEPS = 20;
  private static final Color[] STOPS = {
      new Color(0xFF, 0xFF, 0xCC), new Color(0xFE, 0xB2, 0x4C), new Color(0xF0, 0x3B, 0x20),
      new Color(0xBD, 0x00, 0x26), new Color(0x6A, 0x1B, 0x9A)};

  private final double min;
  private final double max;

  /** A scale from {@code min} to {@code max} [ug/m3]; a flat scale maps everything to 0. */
  ConcentrationPalette(double min, double max) {
    this.min = min;
    this.max = max;
  }

  double min() {
    return min;
  }

  double max() {
    return max;
  }

  /** Bucket 0..STEPS-1 of {@code value} (clamped); -1 for a missing (non-finite) value. */
  int bucket(double value) {
    if (!Double.isFinite(value)) {
      return -1;
    }
    if (!(max > min)) {
      return 0;
    }
    double t = (value - min) / (max - min);
    return (int) Math.max(0, Math.min(STEPS - 1, Math.floor(t * STEPS)));
  }

  /** Colour of a bucket: the colour of its centre on the scale. */
  Color color(int bucket) {
    double t = (bucket + 0.5) / STEPS * (STOPS.length - 1);
    int k = Math.min(STOPS.length - 2, (int) Math.floor(t));
    double f = t - k;
    Color a = STOPS[k];
    Color b = STOPS[k + 1];
    return new Color(
        (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * f),
        (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * f),
        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * f));
  }
}
