package org.citysim.sim.forecast;

import java.util.List;

/**
 * The forecasts of one learned model during a run, as agents read them: the run samples the
 * model's sensors into slots and, at the end of every slot once it has enough history, asks the
 * model once for all its sensors and horizons (batched inference). Agents that name the same
 * model file share one feed.
 */
public interface ForecastFeed {
  /** The model's sensor ids ({@code kind:link}), in index order. */
  List<String> sensors();

  /** The features forecast per sensor, in order. */
  List<SensorDataset.Feature> features();

  /** The horizons [s after the forecast was made], ascending. */
  double[] horizons();

  /** Slot length [s]: a new forecast comes this often. */
  double interval();

  /** Index of the model's sensor on link {@code linkId} (any kind), or -1 if it has none. */
  int sensorOnLink(String linkId);

  /** Free speed of sensor {@code sensor}'s link [m/s]. */
  double freeSpeed(int sensor);

  /** When the latest forecast was made [s since midnight]; NaN before the first. */
  double issuedAt();

  /**
   * The latest forecast of {@code feature} of sensor {@code sensor} at horizon index {@code
   * horizon}, in the feature's unit; NaN before the first forecast or when the model does not
   * forecast that feature.
   */
  double forecast(int horizon, int sensor, SensorDataset.Feature feature);

  /**
   * The latest observed (sampled) value of {@code feature} of sensor {@code sensor}, over the
   * last closed slot; NaN before one closed or when the sensor dropped out.
   */
  double observed(int sensor, SensorDataset.Feature feature);

  /** Calls {@code listener} after each new forecast, at the end of each slot. */
  void onForecast(Runnable listener);
}
