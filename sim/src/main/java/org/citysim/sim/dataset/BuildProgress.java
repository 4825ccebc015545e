package org.citysim.sim.dataset;

/** Told each time a day of a data set is done, from the thread that called the builder. */
@FunctionalInterface
public interface BuildProgress {
  /** Does nothing. */
  BuildProgress NONE = (done, total) -> { };

  /**
   * @param done  days simulated so far
   * @param total days to simulate
   */
  void days(int done, int total);
}
