package org.citysim.models;

/**
 * Told after every training epoch, e.g. to draw a progress bar. The library prints nothing
 * itself.
 */
@FunctionalInterface
public interface TrainingProgress {
  /** Does nothing. */
  TrainingProgress NONE = r -> { };

  /** Called once per epoch, on the training thread. */
  void epoch(EpochReport report);
}
