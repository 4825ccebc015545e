package org.citysim.sim.dataset;

import java.util.List;
import java.util.Objects;

/**
 * How {@link DatasetBuilder} samples, varies and splits the days.
 *
 * @param interval        slot length [s]; a multiple of the scenario's {@code sensors.interval}
 * @param minCoverage     share of a slot a sensor's valid readings must cover for the slot to
 *                        have values, else NaN [0..1] (see {@link
 *                        org.citysim.sim.forecast.SlotSampler})
 * @param sensors         sensor ids ({@code loop:<link>} or {@code camera:<link>}) to use, in
 *                        this column order; empty to choose them by {@link SensorLayout}'s rule
 * @param minFlow         for that rule's last resort (no sensors and no signals in the
 *                        scenario): the mean flow a link must carry over the window in a pilot
 *                        run to get a loop [veh/h]
 * @param variation       how days differ
 * @param trainShare      share of the days for training, the earliest [0..1]
 * @param validationShare share for validation, the days after those; the rest are for testing
 * @param threads         days simulated at once, at least 1 (results do not depend on it)
 */
public record DatasetOptions(double interval, double minCoverage, List<String> sensors,
    double minFlow, Variation variation, double trainShare, double validationShare,
    int threads) {
  /** Default slot length: 5 minutes [s]. */
  public static final double DEFAULT_INTERVAL = 300;

  public DatasetOptions {
    if (!(interval > 0) || Double.isInfinite(interval)) {
      throw new IllegalArgumentException("interval must be positive, got " + interval);
    }
    if (!(minCoverage >= 0 && minCoverage <= 1)) {
      throw new IllegalArgumentException("minCoverage must be in [0, 1], got " + minCoverage);
    }
    sensors = List.copyOf(sensors);
    if (!(minFlow >= 0) || Double.isInfinite(minFlow)) {
      throw new IllegalArgumentException("minFlow must be >= 0, got " + minFlow);
    }
    Objects.requireNonNull(variation, "variation");
    if (!(trainShare >= 0 && validationShare >= 0 && trainShare + validationShare <= 1)) {
      throw new IllegalArgumentException("trainShare and validationShare must be >= 0 and sum"
          + " to at most 1, got " + trainShare + " and " + validationShare);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
  }

  /**
   * 5-minute slots, values when at least half a slot is covered, sensors by the default rule
   * (loops need 60 veh/h in the last resort), {@link Variation#defaults()}, a 70/15/15 split,
   * and one thread: on the shared 2-core CI-class VM two threads used 30 % more CPU time (JIT
   * and collector work) and finished no sooner (docs/datasets.md); they may pay on an idle
   * machine.
   */
  public static DatasetOptions defaults() {
    return new DatasetOptions(DEFAULT_INTERVAL, 0.5, List.of(), 60, Variation.defaults(), 0.70,
        0.15, 1);
  }

  /** A copy with another variation. */
  public DatasetOptions withVariation(Variation v) {
    return new DatasetOptions(interval, minCoverage, sensors, minFlow, v, trainShare,
        validationShare, threads);
  }

  /** A copy with these sensors (empty for the default rule). */
  public DatasetOptions withSensors(List<String> ids) {
    return new DatasetOptions(interval, minCoverage, ids, minFlow, variation, trainShare,
        validationShare, threads);
  }

  /** A copy with this split. */
  public DatasetOptions withSplit(double train, double validation) {
    return new DatasetOptions(interval, minCoverage, sensors, minFlow, variation, train,
        validation, threads);
  }

  /** A copy with this many threads. */
  public DatasetOptions withThreads(int n) {
    return new DatasetOptions(interval, minCoverage, sensors, minFlow, variation, trainShare,
        validationShare, n);
  }

  /** A copy with this slot length [s]. */
  public DatasetOptions withInterval(double seconds) {
    return new DatasetOptions(seconds, minCoverage, sensors, minFlow, variation, trainShare,
        validationShare, threads);
  }
}
