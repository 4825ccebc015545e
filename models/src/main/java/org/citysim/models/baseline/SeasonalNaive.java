package org.citysim.models.baseline;

import org.citysim.models.data.TimeOfDayProfile;
import org.citysim.sim.forecast.SensorDataset;

/**
 * The reading at the target slot on the day before (the previous day of the data set, whatever
 * its split). On the first day, or where that reading is missing, the historical average
 * stands in.
 */
public final class SeasonalNaive implements Baseline {
  private final SensorDataset ds;
  private final TimeOfDayProfile fallback;

  public SeasonalNaive(SensorDataset ds, TimeOfDayProfile fallback) {
    this.ds = ds;
    this.fallback = fallback;
  }

  @Override
  public String name() {
    return "seasonal naive";
  }

  @Override
  public void forecast(int day, int lastSlot, int[] horizonSlots, float[][][] out) {
    float[][][] before = day > 0 ? ds.values()[day - 1] : null;
    for (int h = 0; h < horizonSlots.length; h++) {
      int t = lastSlot + horizonSlots[h];
      for (int i = 0; i < out[h].length; i++) {
        for (int f = 0; f < out[h][i].length; f++) {
          float v = before == null || t >= before.length ? Float.NaN : before[t][i][f];
          out[h][i][f] = Float.isNaN(v) ? fallback.at(t, i, f) : v;
        }
      }
    }
  }
}
