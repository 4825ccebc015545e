package org.citysim.sim.run;

/** Told how far a run has come; called between chunks of events, from the running thread. */
@FunctionalInterface
public interface ProgressListener {
  /** Does nothing. */
  ProgressListener NONE = (now, start, end) -> { };

  /**
   * @param now   current simulated time [s]
   * @param start start of the window [s]
   * @param end   end of the window [s]
   */
  void progress(double now, double start, double end);
}
