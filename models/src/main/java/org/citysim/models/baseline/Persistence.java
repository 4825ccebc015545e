package org.citysim.models.baseline;

import org.citysim.models.data.TimeOfDayProfile;
import org.citysim.sim.forecast.SensorDataset;

/**
 * The last reading, at every horizon. A missing last reading is replaced by the latest valid
 * one inside the history window, and by the historical average when the whole window is
 * missing (so it is judged on the same cells as the other methods).
 */
public final class Persistence implements Baseline {
  private final SensorDataset ds;
  private final int history;
  private final TimeOfDayProfile fallback;

  /**
   * @param history  slots it may look back for a valid reading
   * @param fallback used when there is none
   */
  public Persistence(SensorDataset ds, int history, TimeOfDayProfile fallback) {
    this.ds = ds;
    this.history = history;
    this.fallback = fallback;
  }

  @Override
  public String name() {
    return "persistence";
  }

  @Override
  public void forecast(int day, int lastSlot, int[] horizonSlots, float[][][] out) {
    float[][][] v = ds.values()[day];
    int sensors = out.length == 0 ? 0 : out[0].length;
    int features = sensors == 0 ? 0 : out[0][0].length;
    for (int i = 0; i < sensors; i++) {
      for (int f = 0; f < features; f++) {
        float last = Float.NaN;
        for (int t = lastSlot; t > lastSlot - history && t >= 0; t--) {
          if (!Float.isNaN(v[t][i][f])) {
            last = v[t][i][f];
            break;
          }
        }
        for (int h = 0; h < horizonSlots.length; h++) {
          out[h][i][f] = Float.isNaN(last)
              ? fallback.at(lastSlot + horizonSlots[h], i, f) : last;
        }
      }
    }
  }
}
