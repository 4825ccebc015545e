package org.citysim.models.baseline;

/** A forecast from the data set itself, for one window of one day. */
public interface Baseline {
  /** Its name in evaluation tables. */
  String name();

  /**
   * Fills {@code out[h][sensor][feature]} with the forecasts for the slots {@code lastSlot +
   * horizonSlots[h]} of day {@code day} [feature unit], never NaN.
   *
   * @param lastSlot last slot of the history the forecast may use
   */
  void forecast(int day, int lastSlot, int[] horizonSlots, float[][][] out);
}
