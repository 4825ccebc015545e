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
 *
 * <p>Runs go through {@link TaskRunner#safely}, as on the local engine: a runner that throws
 * fails its run only, where it would otherwise fail the Spark task, with it the other runs of
 * its batch, and after Spark's retries the whole sweep.
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
        out.add(TaskRunner.safely(runner, job, task));
      }
    }
    return out;
  }
}
