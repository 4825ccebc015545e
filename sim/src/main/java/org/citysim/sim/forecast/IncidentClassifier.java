package org.citysim.sim.forecast;

import java.util.List;

/**
 * Says, from a window of recent sensor readings, how likely an incident blocks each sensor's
 * link. Called once per slot for all sensors at once.
 */
public interface IncidentClassifier {
  /** The sensor ids it judges, in column order. */
  List<String> sensors();

  /** The features it reads per sensor, in order. */
  List<SensorDataset.Feature> features();

  /** Slot length [s]. */
  double interval();

  /** Slots per window. */
  int windowSlots();

  /** Probability above which a link counts as blocked [0..1]. */
  double threshold();

  /**
   * Blocking probabilities.
   *
   * @param window    {@code window[slot][sensor][feature]}, the last {@link #windowSlots()}
   *                  slots, oldest first; NaN for a missing reading
   * @param timeOfDay time of day at the end of the last slot [s after midnight]
   * @return per sensor, the probability that an incident blocks its link [0..1]
   */
  double[] blockingProbability(float[][][] window, double timeOfDay);
}
