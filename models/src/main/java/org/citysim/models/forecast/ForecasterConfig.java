package org.citysim.models.forecast;

import org.citysim.models.data.WindowEncoder;

/**
 * How a forecaster is trained.
 *
 * @param layout       {@link WindowEncoder.Layout#PER_SENSOR} (one network shared by all
 *                     sensors, one row per sensor; the default) or {@link
 *                     WindowEncoder.Layout#JOINT} (one row with all sensors)
 * @param history      history per forecast [s]; a whole number of slots
 * @param horizons     forecast horizons [s after the last slot of history], ascending; whole
 *                     numbers of slots
 * @param hidden       LSTM units
 * @param learningRate Adam step size
 * @param batchSize    network rows per gradient step
 * @param maxEpochs    most passes over the training windows
 * @param patience     epochs without a better validation loss before training stops
 * @param epochRows    network rows (window x sensor) per epoch, drawn afresh each epoch from
 *                     all training rows; 0 = all of them. Neighbouring windows overlap in all
 *                     but one slot, so a fresh quarter of them per epoch learns about as much
 *                     as all of them at a quarter of the cost. The validation rows are a fixed
 *                     subset of every n-th window, at most a quarter of this many (the test
 *                     days are always scored on every window)
 * @param loss         what training minimises: {@link Loss#MAE} (the default; the tables
 *                     judge MAE) or {@link Loss#MSE}
 * @param seed         seed of the initial weights and of the batch order
 */
public record ForecasterConfig(WindowEncoder.Layout layout, double history, double[] horizons,
    int hidden, double learningRate, int batchSize, int maxEpochs, int patience,
    int epochRows, Loss loss, long seed) {

  /** The training loss, on the standardised residuals. */
  public enum Loss {
    /** Mean absolute error: forecasts the median. */
    MAE,
    /** Mean squared error: forecasts the mean. */
    MSE
  }

  public ForecasterConfig {
    if (layout == null || loss == null) {
      throw new IllegalArgumentException("layout and loss are required");
    }
    if (!(history > 0)) {
      throw new IllegalArgumentException("history must be positive [s], was " + history);
    }
    horizons = horizons.clone();
    if (horizons.length == 0) {
      throw new IllegalArgumentException("at least one horizon is needed");
    }
    for (int i = 0; i < horizons.length; i++) {
      if (!(horizons[i] > 0) || (i > 0 && horizons[i] <= horizons[i - 1])) {
        throw new IllegalArgumentException("horizons must be positive and ascending [s]");
      }
    }
    if (hidden < 1 || batchSize < 1 || maxEpochs < 1 || patience < 1) {
      throw new IllegalArgumentException(
          "hidden, batchSize, maxEpochs and patience must be positive");
    }
    if (epochRows < 0) {
      throw new IllegalArgumentException("epochRows must be >= 0 (0 = all), was " + epochRows);
    }
    if (!(learningRate > 0)) {
      throw new IllegalArgumentException("learningRate must be positive");
    }
  }

  /**
   * The defaults: per-sensor layout, 1 h of history, horizons 5, 15 and 30 min, 16 units,
   * Adam 0.003, batches of 256 rows, at most 10 epochs of 50,000 rows with patience 2, seed 1.
   * 16 units rather than 32: the same accuracy (forecast-town, 28 days: flow gains of 11.8 % /
   * 11.3 % against 11.8 % / 11.1 %) in two thirds of the time (88 s against 138 s on 2 cores),
   * which brings 50 sensors over 28 simulated days under 2 minutes (docs/models.md).
   */
  public static ForecasterConfig defaults() {
    return new ForecasterConfig(WindowEncoder.Layout.PER_SENSOR, 3600,
        new double[] {300, 900, 1800}, 16, 3e-3, 256, 10, 2, 50_000, Loss.MAE, 1);
  }

  public ForecasterConfig withLayout(WindowEncoder.Layout l) {
    return new ForecasterConfig(l, history, horizons, hidden, learningRate, batchSize, maxEpochs,
        patience, epochRows, loss, seed);
  }

  public ForecasterConfig withHidden(int h) {
    return new ForecasterConfig(layout, history, horizons, h, learningRate, batchSize, maxEpochs,
        patience, epochRows, loss, seed);
  }

  public ForecasterConfig withBatchSize(int b) {
    return new ForecasterConfig(layout, history, horizons, hidden, learningRate, b, maxEpochs,
        patience, epochRows, loss, seed);
  }

  public ForecasterConfig withEpochs(int max, int pat) {
    return new ForecasterConfig(layout, history, horizons, hidden, learningRate, batchSize, max,
        pat, epochRows, loss, seed);
  }

  public ForecasterConfig withLearningRate(double lr) {
    return new ForecasterConfig(layout, history, horizons, hidden, lr, batchSize, maxEpochs,
        patience, epochRows, loss, seed);
  }

  public ForecasterConfig withEpochRows(int rows) {
    return new ForecasterConfig(layout, history, horizons, hidden, learningRate, batchSize,
        maxEpochs, patience, rows, loss, seed);
  }

  public ForecasterConfig withLoss(Loss l) {
    return new ForecasterConfig(layout, history, horizons, hidden, learningRate, batchSize,
        maxEpochs, patience, epochRows, l, seed);
  }

  public ForecasterConfig withSeed(long s) {
    return new ForecasterConfig(layout, history, horizons, hidden, learningRate, batchSize,
        maxEpochs, patience, epochRows, loss, s);
  }

  public ForecasterConfig withHorizons(double history, double... h) {
    return new ForecasterConfig(layout, history, h, hidden, learningRate, batchSize, maxEpochs,
        patience, epochRows, loss, seed);
  }

  @Override
  public String toString() {
    return "ForecasterConfig[layout=" + layout + ", history=" + history + " s, horizons="
        + java.util.Arrays.toString(horizons) + " s, hidden=" + hidden + ", learningRate="
        + learningRate + ", batchSize=" + batchSize + ", maxEpochs=" + maxEpochs + ", patience="
        + patience + ", epochRows=" + epochRows + ", loss=" + loss + ", seed=" + seed + "]";
  }

  /** {@code seconds} as whole slots of {@code interval} [s]. */
  static int slots(double seconds, double interval, String what) {
    double n = seconds / interval;
    long r = Math.round(n);
    if (r < 1 || Math.abs(n - r) > 1e-6) {
      throw new IllegalArgumentException(what + " of " + seconds + " s is not a whole number "
          + "of the data set's " + interval + " s slots; choose a multiple of " + interval
          + " s");
    }
    return (int) r;
  }
}
