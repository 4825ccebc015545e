package org.citysim.app.sweep.spark;

import java.util.ArrayList;
import java.util.List;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.launch.SparkOptions;

/**
 * How a sweep's runs are split into Spark tasks (see {@link SparkOptions} for why). Tasks:
 * slots x partitionsPerSlot; but no more than floor(runs / minRunsPerTask), so that each task
 * makes at least the minimum; and no fewer than ceil(runs / maxRunsPerTask), so that none makes
 * more than the maximum; and no fewer than min(runs, slots), so that no core idles while a run
 * waits. Those bounds win in the reverse order of this list: a core's worth of runs saves far
 * more than a task's overhead costs. Tasks differ by one run at most.
 *
 * <p>Runs are dealt out in turn (run i to task i mod tasks), not in blocks: neighbouring design
 * points cost about the same, so dealing spreads an expensive corner of the design over all
 * tasks instead of giving it to one straggler.
 */
record Batching(int partitionsPerSlot, int minRunsPerTask, int maxRunsPerTask) {
  Batching(SparkOptions o) {
    this(o.partitionsPerSlot(), o.minRunsPerTask(), o.maxRunsPerTask());
  }

  /** Number of tasks for {@code runs} runs on {@code slots} cores; 0 without runs. */
  int tasks(int runs, int slots) {
    if (runs == 0) {
      return 0;
    }
    long n = (long) Math.max(1, slots) * partitionsPerSlot;
    n = Math.min(n, Math.max(1, runs / minRunsPerTask));
    n = Math.max(n, ceilDiv(runs, maxRunsPerTask));
    n = Math.max(n, Math.min(runs, Math.max(1, slots)));
    return (int) n;
  }

  /** The runs of each task, in task order; every run in exactly one. */
  List<List<RunTask>> split(List<RunTask> runs, int slots) {
    int n = tasks(runs.size(), slots);
    List<List<RunTask>> batches = new ArrayList<>(n);
    for (int b = 0; b < n; b++) {
      batches.add(new ArrayList<>(runs.size() / n + 1));
    }
    for (int i = 0; i < runs.size(); i++) {
      batches.get(i % n).add(runs.get(i));
    }
    return batches;
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
