package org.citysim.app.sweep.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.SweepJob;
import org.citysim.app.sweep.TaskRunner;

/**
 * A runner whose run {@code lastKey} waits until the sink has seen another outcome: it can
 * finish only if the engine hands outcomes on while tasks are still running. The runner is
 * serialised to Spark's executors, so it finds its latch by name in a registry; local mode
 * runs executors in this JVM, so the registry is the test's.
 *
 * @param name    the latch's name in the registry (one per test)
 * @param lastKey the run that waits
 */
record Gate(String name, String lastKey) implements TaskRunner {
  private static final Map<String, CountDownLatch> LATCHES = new ConcurrentHashMap<>();

  /** A gate with a new latch under {@code name}. */
  static Gate open(String name, String lastKey) {
    LATCHES.put(name, new CountDownLatch(1));
    return new Gate(name, lastKey);
  }

  /** Called by the sink: an outcome has arrived. */
  void seen() {
    LATCHES.get(name).countDown();
  }

  void close() {
    LATCHES.remove(name);
  }

  @Override
  public RunOutcome run(SweepJob job, RunTask task) {
    if (task.key().equals(lastKey)) {
      boolean passed;
      try {
        // Bounded only so that a broken engine fails the test instead of hanging the build;
        // the limit is no performance goal.
        passed = LATCHES.get(name).await(120, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        passed = false;
      }
      if (!passed) {
        return new RunOutcome(task, RunOutcome.Status.FAILED,
            "no outcome reached the sink while this run waited", 0, Map.of());
      }
    }
    return new FakeRunner().run(job, task);
  }
}
