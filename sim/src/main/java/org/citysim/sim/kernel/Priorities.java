package org.citysim.sim.kernel;

/**
 * Conventional priorities for events at equal times (lower runs first). Signals switch before
 * vehicles move, so a vehicle at the stop line at the instant green starts may go; samplers run
 * last, so they see the state after everything that happened at that instant.
 */
public final class Priorities {
  /** Signal plan changes and control decisions. */
  public static final int CONTROL = -100;
  /** Vehicle movement. */
  public static final int TRAFFIC = 0;
  /** Measurement and sampling. */
  public static final int MEASURE = 100;
  /**
   * Observers outside the model that read the measurements of an instant (data set builders):
   * after {@link #MEASURE}, so a sensor interval that closes at that instant is already closed.
   */
  public static final int OBSERVE = 200;

  private Priorities() {}
}
