package org.citysim.app.sweep.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.SweepJob;
import org.citysim.app.sweep.TaskRunner;
import scala.Function1;
import scala.collection.Iterator;

/**
 * One Spark task, on an executor: makes the runs of its batch one after the other with the
 * sweep's runner and returns their outcomes together. Shipped to executors, so it holds only
 * serialisable values: the runner and the job (which carries the base scenario's text).
 */
final class RunPartition
    implements Function1<Iterator<List<RunTask>>, ArrayList<RunOutcome>>, Serializable {
  private static final long serialVersionUID = 1L;

  private final TaskRunner runner;
  private final SweepJob job;

  RunPartition(TaskRunner runner, SweepJob job) {
    this.runner = runner;
    this.job = job;
  }

  @Override
  public ArrayList<RunOutcome> apply(Iterator<List<RunTask>> batches) {
    ArrayList<RunOutcome> out = new ArrayList<>();
    while (batches.hasNext()) {
      for (RunTask task : batches.next()) {
        out.add(guarded(runner, job, task));
      }
    }
    return out;
  }

  /**
   * The runner's outcome of {@code task}, or a FAILED one when the runner breaks its promise
   * not to throw or answers for another task. Without this guard one such run would fail the
   * Spark task, and with it the other runs of its batch, and (after Spark's retries) the
   * whole sweep. Errors such as running out of memory are left to fail it: they say nothing
   * about the run and would hit the next one too.
   */
  static RunOutcome guarded(TaskRunner runner, SweepJob job, RunTask task) {
    long t0 = System.nanoTime();
    String error;
    try {
      RunOutcome o = runner.run(job, task);
      if (o != null && task.equals(o.task())) {
        return o;
      }
      error = "internal error: the runner returned "
          + (o == null ? "no outcome" : "the outcome of run " + o.task().key());
    } catch (Exception | StackOverflowError e) { // Exception: a checked one thrown sneakily
      error = "internal error: " + oneLine(e);
    }
    return new RunOutcome(task, RunOutcome.Status.FAILED, error,
        (System.nanoTime() - t0) / 1e9, java.util.Map.of());
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage();
    String s = e.getClass().getName() + (m == null ? "" : ": " + m);
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
