package org.citysim.app.sweep.analysis;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.citysim.reports.sweep.KpiStats;

/** Mean, spread and confidence interval of one KPI over replications. */
public final class KpiStatistics {
  /** Confidence level of the intervals. */
  public static final double LEVEL = 0.95;

  private KpiStatistics() {}

  /**
   * The statistics of {@code values} (one per completed replication): the sample mean, the
   * sample standard deviation s (n - 1 denominator) and the Student-t interval mean +- t_{0.975,
   * n-1} s / sqrt(n), which assumes the replications are independent and their mean roughly
   * normal. With fewer than two values sd and the interval are NaN; with none the mean is too.
   */
  public static KpiStats of(double[] values) {
    int n = values.length;
    double mean = n == 0 ? Double.NaN : StatUtils.mean(values);
    if (n < 2) {
      return new KpiStats(n, mean, Double.NaN, Double.NaN, Double.NaN);
    }
    double sd = Math.sqrt(StatUtils.variance(values, mean));
    // No generator: the distribution is only asked for a quantile, never sampled.
    double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + LEVEL / 2);
    double half = t * sd / Math.sqrt(n);
    return new KpiStats(n, mean, sd, mean - half, mean + half);
  }
}
