package org.citysim.sim.forecast;

/**
 * How to train a model.
 *
 * @param seed      seed of the network's initialisation and of the order of training examples
 * @param epochs    most epochs [1..]; 0 for the trainer's default
 * @param batchSize examples per mini-batch [1..]; 0 for the trainer's default
 */
public record TrainingOptions(long seed, int epochs, int batchSize) {
  public TrainingOptions {
    if (epochs < 0 || batchSize < 0) {
      throw new IllegalArgumentException("epochs and batchSize must be >= 0 (0: default)");
    }
  }
}
