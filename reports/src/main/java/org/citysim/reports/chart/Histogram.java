package org.citysim.reports.chart;

/**
 * Equal-width bins over finite values. Bin width is the smallest "nice" number (1, 2 or 5 times
 * a power of ten) that covers the data with at most {@code maxBins} bins, so bin edges are round
 * numbers a reader can use, and the rule depends only on the data (deterministic).
 *
 * @param lower  lower edge of the first bin, in the unit of the values
 * @param width  bin width, same unit
 * @param counts values per bin; bin i is [lower + i*width, lower + (i+1)*width), the last bin
 *               also holds its upper edge
 */
record Histogram(double lower, double width, long[] counts) {

  /** Bins the finite values of {@code values}; empty counts if there are none. */
  static Histogram of(double[] values, int maxBins) {
    if (maxBins < 1) {
      throw new IllegalArgumentException("maxBins must be >= 1: " + maxBins);
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (Double.isFinite(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    if (min > max) {
      return new Histogram(0.0, 1.0, new long[0]);
    }
    // Durations start at zero; anchoring there keeps bin edges at round values.
    double anchor = Math.min(0.0, min);
    double range = max - anchor;
    double width = niceCeil(range > 0 ? range / maxBins : 1.0);
    double lower = Math.floor(anchor / width) * width;
    int bins = (int) Math.max(1, Math.ceil((max - lower) / width));
    if (bins * width + lower <= max) {
      bins++; // max sits on an edge: give it its own bin unless that exceeds maxBins
    }
    bins = Math.min(bins, maxBins);
    long[] counts = new long[bins];
    for (double v : values) {
      if (Double.isFinite(v)) {
        int i = (int) Math.floor((v - lower) / width);
        counts[Math.max(0, Math.min(bins - 1, i))]++;
      }
    }
    return new Histogram(lower, width, counts);
  }

  /** Total number of binned values. */
  long total() {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    return n;
  }

  /** Smallest of 1, 2, 5 x 10^k that is >= {@code x} (x > 0). */
  static double niceCeil(double x) {
    double p = Math.pow(10, Math.floor(Math.log10(x)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * p >= x * (1 - 1e-12)) {
        return m * p;
      }
    }
    return 10 * p;
  }
}
