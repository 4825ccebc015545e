package org.citysim.app.sweep.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.citysim.app.sweep.RunOutcome;
import scala.runtime.BoxedUnit;
import scala.util.Try;

/**
 * Carries the outcomes of finished Spark tasks from Spark's scheduler thread to the thread that
 * runs the sweep. Spark calls {@link #partitionDone} on its own event loop, where nothing slow
 * may happen; the sweep's thread takes them in {@link #drain} and hands them to the sink there,
 * so the sink (a results store) sees one thread, and records each batch as soon as it is back.
 */
final class OutcomeStream {
  /** End of the job: null error when every task succeeded. */
  private record End(Throwable error) {}

  private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();

  /** Spark's result handler: a task's outcomes arrived. */
  BoxedUnit partitionDone(Object index, ArrayList<RunOutcome> outcomes) {
    queue.add(outcomes);
    return BoxedUnit.UNIT;
  }

  /**
   * Spark's completion callback. Spark completes the job only after the result handler has
   * seen every task, so this comes after the last {@link #partitionDone}.
   */
  BoxedUnit jobDone(Try<?> result) {
    queue.add(new End(result.isFailure() ? result.failed().get() : null));
    return BoxedUnit.UNIT;
  }

  /**
   * Hands every outcome to {@code sink} as it arrives, until the job ends.
   *
   * @return the number of outcomes handed on
   * @throws Exception the job's failure (Spark's, e.g. an executor lost for good)
   */
  @SuppressWarnings("unchecked")
  int drain(Consumer<RunOutcome> sink) throws Exception {
    int count = 0;
    while (true) {
      Object item = queue.take();
      if (item instanceof End end) {
        if (end.error() == null) {
          return count;
        }
        throw end.error() instanceof Exception e ? e
            : new IllegalStateException("the Spark job failed: " + end.error(), end.error());
      }
      for (RunOutcome o : (List<RunOutcome>) item) {
        sink.accept(o);
        count++;
      }
    }
  }
}
