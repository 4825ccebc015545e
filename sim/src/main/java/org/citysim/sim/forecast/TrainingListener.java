package org.citysim.sim.forecast;

/** Told after each training epoch, from the training thread (to draw a progress bar). */
@FunctionalInterface
public interface TrainingListener {
  /** Tells nothing. */
  TrainingListener NONE = (epoch, epochs, trainLoss, validationLoss) -> { };

  /**
   * @param epoch          epochs done [1..epochs]
   * @param epochs         most epochs of this training
   * @param trainLoss      mean training loss of the epoch (the network's loss function)
   * @param validationLoss loss on the validation days; NaN when not computed
   */
  void epoch(int epoch, int epochs, double trainLoss, double validationLoss);
}
