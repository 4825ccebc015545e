package org.citysim.models.incident;

/**
 * How an incident classifier is trained.
 *
 * @param window               window of readings per judgement [s]; a whole number of slots,
 *                             at least 3 (the California rule looks two slots back)
 * @param hidden               LSTM units
 * @param learningRate         Adam step size
 * @param batchSize            rows per gradient step
 * @param maxEpochs            most epochs
 * @param patience             epochs without a better validation AUC before training stops
 * @param negativesPerPositive per epoch, every blocked window once plus this many times as
 *                             many unblocked ones, drawn afresh each epoch (blocked slots are
 *                             rare; without rebalancing the network learns to say "no")
 * @param seed                 seed of the weights, the draws and the batch order
 */
public record ClassifierConfig(double window, int hidden, double learningRate, int batchSize,
    int maxEpochs, int patience, int negativesPerPositive, long seed) {

  public ClassifierConfig {
    if (!(window > 0)) {
      throw new IllegalArgumentException("window must be positive [s], was " + window);
    }
    if (hidden < 1 || batchSize < 1 || maxEpochs < 1 || patience < 1
        || negativesPerPositive < 1) {
      throw new IllegalArgumentException("hidden, batchSize, maxEpochs, patience and "
          + "negativesPerPositive must be positive");
    }
    if (!(learningRate > 0)) {
      throw new IllegalArgumentException("learningRate must be positive");
    }
  }

  /**
   * The defaults: a 30-minute window, 32 units, Adam 0.003, batches of 128, at most 15 epochs
   * with patience 3, three unblocked windows per blocked one, seed 1.
   */
  public static ClassifierConfig defaults() {
    return new ClassifierConfig(1800, 32, 3e-3, 128, 15, 3, 3, 1);
  }

  public ClassifierConfig withEpochs(int max, int pat) {
    return new ClassifierConfig(window, hidden, learningRate, batchSize, max, pat,
        negativesPerPositive, seed);
  }

  public ClassifierConfig withSeed(long s) {
    return new ClassifierConfig(window, hidden, learningRate, batchSize, maxEpochs, patience,
        negativesPerPositive, s);
  }

  public ClassifierConfig withBatchSize(int b) {
    return new ClassifierConfig(window, hidden, learningRate, b, maxEpochs, patience,
        negativesPerPositive, seed);
  }

  public ClassifierConfig withHidden(int h) {
    return new ClassifierConfig(window, h, learningRate, batchSize, maxEpochs, patience,
        negativesPerPositive, seed);
  }
}
