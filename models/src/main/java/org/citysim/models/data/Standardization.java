package org.citysim.models.data;

import org.citysim.sim.forecast.SensorDataset;

/**
 * Per sensor and feature, the mean and standard deviation of the readings on the training days,
 * so that sensors with different volumes share one network on a common scale.
 *
 * @param mean {@code mean[sensor][feature]} [feature unit]
 * @param std  {@code std[sensor][feature]} [feature unit], positive (1 when the readings were
 *             constant or missing, so a constant series stays finite)
 */
public record Standardization(double[][] mean, double[][] std) {

  public Standardization {
    if (mean.length != std.length) {
      throw new IllegalArgumentException("mean and std differ in sensors");
    }
    for (double[] s : std) {
      for (double v : s) {
        if (!(v > 0) || !Double.isFinite(v)) {
          throw new IllegalArgumentException("std must be positive and finite, was " + v);
        }
      }
    }
  }

  /** Fitted on the readings of {@code days}, NaN readings skipped. */
  public static Standardization fit(SensorDataset ds, int[] days) {
    int n = ds.sensors().size();
    int f = ds.features().size();
    double[][] sum = new double[n][f];
    double[][] sq = new double[n][f];
    long[][] cnt = new long[n][f];
    for (int d : days) {
      for (float[][] slot : ds.values()[d]) {
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < f; j++) {
            float v = slot[i][j];
            if (!Float.isNaN(v)) {
              sum[i][j] += v;
              sq[i][j] += (double) v * v;
              cnt[i][j]++;
            }
          }
        }
      }
    }
    double[][] mean = new double[n][f];
    double[][] std = new double[n][f];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < f; j++) {
        long c = cnt[i][j];
        mean[i][j] = c == 0 ? 0 : sum[i][j] / c;
        double var = c < 2 ? 0 : (sq[i][j] - c * mean[i][j] * mean[i][j]) / (c - 1);
        double s = Math.sqrt(Math.max(var, 0));
        // A (near) constant series would blow up its z-scores; 1 keeps it as it is.
        std[i][j] = s > 1e-6 * Math.max(1, Math.abs(mean[i][j])) ? s : 1;
      }
    }
    return new Standardization(mean, std);
  }

  /** Sensors covered. */
  public int sensors() {
    return mean.length;
  }

  /** {@code (x - mean) / std}. */
  public float z(float x, int sensor, int feature) {
    return (float) ((x - mean[sensor][feature]) / std[sensor][feature]);
  }

  /** A difference of readings on the z scale: {@code dx / std}. */
  public float scale(double dx, int sensor, int feature) {
    return (float) (dx / std[sensor][feature]);
  }

  /** Back from a difference on the z scale to the feature's unit. */
  public double unscale(double dz, int sensor, int feature) {
    return dz * std[sensor][feature];
  }
}
