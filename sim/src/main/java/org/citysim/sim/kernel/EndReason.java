package org.citysim.sim.kernel;

/** Why {@link Kernel#run()} returned. */
public enum EndReason {
  /** The next event lay after the end time. */
  END_TIME,
  /** No event was left. */
  NO_EVENTS,
  /** The event budget given to {@link Kernel#run(long)} was used up; call again to go on. */
  EVENT_LIMIT
}
