package org.citysim.sim.forecast;

import java.util.List;

/**
 * Forecasts the readings of a fixed set of sensors a few horizons ahead from their recent
 * history. Called once per control period for all sensors at once (batched), so an
 * implementation may run one network inference per call.
 */
public interface Forecaster {
  /** The sensor ids it forecasts, in the column order of its inputs and outputs. */
  List<String> sensors();

  /** The features it reads and forecasts per sensor, in order. */
  List<SensorDataset.Feature> features();

  /** Its horizons [s after the end of the last slot of history], ascending. */
  double[] horizons();

  /** Slot length of its history [s]. */
  double interval();

  /** Slots of history it needs. */
  int historySlots();

  /**
   * The forecasts.
   *
   * @param history   {@code history[slot][sensor][feature]}, the last {@link #historySlots()}
   *                  slots, oldest first; NaN for a missing reading
   * @param timeOfDay time of day at the end of the last slot [s after midnight]
   * @return {@code forecast[horizon][sensor][feature]}, in the features' units
   */
  float[][][] forecast(float[][][] history, double timeOfDay);
}
