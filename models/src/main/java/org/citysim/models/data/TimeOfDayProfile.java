package org.citysim.models.data;

import org.citysim.sim.forecast.SensorDataset;

/**
 * The mean reading of each sensor and feature per slot of the day over the training days: the
 * historical-average forecast, and the "usual" level the networks compare recent readings with.
 * A slot without any reading falls back to the sensor's mean over all training slots.
 *
 * @param mean {@code mean[slot][sensor][feature]} [feature unit]
 */
public record TimeOfDayProfile(float[][][] mean) {

  public TimeOfDayProfile {
    if (mean.length == 0) {
      throw new IllegalArgumentException("a profile needs at least one slot");
    }
  }

  /** Fitted on {@code days}, NaN readings skipped. */
  public static TimeOfDayProfile fit(SensorDataset ds, int[] days) {
    if (days.length == 0) {
      throw new IllegalArgumentException("no training days to fit the time-of-day profile on");
    }
    int s = ds.slots();
    int n = ds.sensors().size();
    int f = ds.features().size();
    Standardization overall = Standardization.fit(ds, days);
    float[][][] mean = new float[s][n][f];
    for (int t = 0; t < s; t++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < f; j++) {
          double sum = 0;
          int c = 0;
          for (int d : days) {
            float v = ds.values()[d][t][i][j];
            if (!Float.isNaN(v)) {
              sum += v;
              c++;
            }
          }
          mean[t][i][j] = (float) (c == 0 ? overall.mean()[i][j] : sum / c);
        }
      }
    }
    return new TimeOfDayProfile(mean);
  }

  /** Slots per day. */
  public int slots() {
    return mean.length;
  }

  /**
   * The profile at {@code slot}, clamped into the day (a slot before the first or after the last
   * one of the training days reads the nearest one).
   */
  public float at(int slot, int sensor, int feature) {
    return mean[Math.max(0, Math.min(mean.length - 1, slot))][sensor][feature];
  }
}
