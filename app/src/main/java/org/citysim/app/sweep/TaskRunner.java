package org.citysim.app.sweep;

import java.io.Serializable;

/**
 * Makes one run of a sweep, in the calling thread. Serializable so that the Spark engine can
 * ship it to executors; implementations keep caches (a parsed base scenario) in transient
 * fields. Must be safe to call from several threads at once.
 */
public interface TaskRunner extends Serializable {
  /**
   * Runs {@code task} and never throws for a failing run: a bad override, an invalid scenario
   * or an exception inside the simulation gives {@link RunOutcome.Status#FAILED} with a
   * one-line error.
   */
  RunOutcome run(SweepJob job, RunTask task);
}
