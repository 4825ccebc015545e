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

  /**
   * {@code runner}'s outcome of {@code task}, or a FAILED one (error {@code runner failed:
   * ...}, one line, no KPIs) should the runner break its promise: throw, answer nothing, or
   * answer for another task. Every engine makes its runs through this, so a broken runner gives
   * the same outcomes on all of them, and one bad run never takes its neighbours down with it.
   */
  static RunOutcome safely(TaskRunner runner, SweepJob job, RunTask task) {
    String error;
    try {
      RunOutcome o = runner.run(job, task);
      if (o != null && task.equals(o.task())) {
        return o;
      }
      error = o == null ? "returned no outcome" : "returned the outcome of run " + o.task().key();
    } catch (Exception | Error e) { // Exception: also a checked one thrown sneakily
      error = e.toString();
    }
    return new RunOutcome(task, RunOutcome.Status.FAILED,
        "runner failed: " + error.replaceAll("\\s*\\R\\s*", " "), 0, java.util.Map.of());
  }
}
