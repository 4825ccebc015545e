package org.citysim.app.sweep.local;

import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.SweepEngine;
import org.citysim.app.sweep.SweepJob;
import org.citysim.app.sweep.TaskRunner;

/**
 * Runs tasks on {@code job.parallelism()} threads of this JVM. At most {@link #IN_FLIGHT} tasks
 * per thread are submitted at a time, so memory holds a few pending tasks and outcomes, not the
 * whole sweep's. Outcomes are handed to the sink on the calling thread (one at a time, so a
 * results store needs no locking); a sink that throws stops the sweep: no more tasks start,
 * running ones are interrupted, and the exception propagates.
 */
public final class LocalEngine implements SweepEngine {
  /** Tasks submitted per thread before waiting for an outcome: one running, one queued. */
  static final int IN_FLIGHT = 2;

  private final TaskRunner runner;

  public LocalEngine(TaskRunner runner) {
    this.runner = runner;
  }

  @Override
  public void run(SweepJob job, List<RunTask> tasks, Consumer<RunOutcome> sink)
      throws InterruptedException {
    if (tasks.isEmpty()) {
      return;
    }
    int threads = Math.min(job.parallelism(), tasks.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads, new Named());
    try {
      CompletionService<RunOutcome> done = new ExecutorCompletionService<>(pool);
      int limit = threads * IN_FLIGHT;
      int next = 0;
      int inFlight = 0;
      while (next < tasks.size() || inFlight > 0) {
        while (inFlight < limit && next < tasks.size()) {
          RunTask task = tasks.get(next++);
          done.submit(() -> safely(job, task));
          inFlight++;
        }
        RunOutcome outcome = outcome(done);
        inFlight--;
        sink.accept(outcome);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The runner never throws by contract; should one, the run still only fails. */
  private RunOutcome safely(SweepJob job, RunTask task) {
    return TaskRunner.safely(runner, job, task);
  }

  private static RunOutcome outcome(CompletionService<RunOutcome> done)
      throws InterruptedException {
    try {
      return done.take().get();
    } catch (ExecutionException e) {
      // safely() catches everything a run throws, so this is a bug of the engine itself.
      throw new IllegalStateException("sweep task ended abnormally", e.getCause());
    }
  }

  /** Daemon threads named sweep-1, sweep-2, ...: an interrupted sweep does not hang the JVM. */
  private static final class Named implements ThreadFactory {
    private final AtomicInteger n = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "sweep-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
