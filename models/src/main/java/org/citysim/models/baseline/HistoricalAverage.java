package org.citysim.models.baseline;

import org.citysim.models.data.TimeOfDayProfile;

/** The mean of the training days at the target slot of the day, whatever happened today. */
public final class HistoricalAverage implements Baseline {
  private final TimeOfDayProfile profile;

  /** @param profile fitted on the training days */
  public HistoricalAverage(TimeOfDayProfile profile) {
    this.profile = profile;
  }

  @Override
  public String name() {
    return "historical average";
  }

  @Override
  public void forecast(int day, int lastSlot, int[] horizonSlots, float[][][] out) {
    for (int h = 0; h < horizonSlots.length; h++) {
      for (int i = 0; i < out[h].length; i++) {
        for (int f = 0; f < out[h][i].length; f++) {
          out[h][i][f] = profile.at(lastSlot + horizonSlots[h], i, f);
        }
      }
    }
  }
}
