package org.citysim.app.sweep;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a sweep's tasks. Implementations: the local engine (a bounded pool in this JVM) and the
 * Spark engine. An engine never stops on a failed run: it reports it as {@link
 * RunOutcome.Status#FAILED} with its error. The outcomes of a task are the same whatever the
 * engine and its parallelism.
 */
public interface SweepEngine {
  /**
   * Runs {@code tasks} and hands each outcome to {@code sink} as soon as it is known, in any
   * order, from one thread at a time.
   *
   * @param job   what every task runs on: the base scenario and the KPIs to collect
   * @param tasks the runs still to make
   * @param sink  receives every outcome exactly once
   */
  void run(SweepJob job, List<RunTask> tasks, Consumer<RunOutcome> sink) throws Exception;
}
