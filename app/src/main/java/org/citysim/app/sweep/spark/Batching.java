package org.citysim.app.sweep.spark;

import java.util.ArrayList;
import java.util.List;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.launch.SparkOptions;

/**
 * How a sweep's runs are split into Spark tasks (see {@link SparkOptions} for why): slots x
 * partitionsPerSlot tasks, but no more than floor(runs / minRunsPerTask), so that every task
 * makes at least the minimum (one task makes them all when there are fewer), and no fewer than
 * ceil(runs / maxRunsPerTask); where both bounds cannot hold, the minimum wins, since it is
 * what amortises the overhead. Tasks differ by one run at most.
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
    long aimed = (long) Math.max(1, slots) * partitionsPerSlot;
    long most = Math.max(1, runs / minRunsPerTask);
    long fewest = ceilDiv(runs, maxRunsPerTask);
    return (int) Math.min(most, Math.max(fewest, aimed));
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
