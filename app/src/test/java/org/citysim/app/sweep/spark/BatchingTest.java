package org.citysim.app.sweep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.citysim.app.sweep.RunTask;
import org.junit.jupiter.api.Test;

/** The rule that batches runs into Spark tasks. */
class BatchingTest {
  private static final Batching DEFAULT = new Batching(4, 4, 64);

  @Test
  void aimsAtFourTasksPerCore_whenThereAreEnoughRuns() {
    assertEquals(8, DEFAULT.tasks(100, 2));
    assertEquals(64, DEFAULT.tasks(1000, 16));
  }

  @Test
  void smallSweeps_getFewerTasks_ofAtLeastTheMinimum() {
    assertEquals(5, DEFAULT.tasks(20, 2)); // 4 runs each, not 8 tasks of 2 or 3
    assertEquals(0, DEFAULT.tasks(0, 2));
  }

  @Test
  void everyCore_getsARun_beforeTheMinimumIsHonoured() {
    assertEquals(2, DEFAULT.tasks(4, 2)); // 2 + 2, not one task of 4 on one core
    assertEquals(2, DEFAULT.tasks(3, 2));
    assertEquals(16, DEFAULT.tasks(40, 16));
    assertEquals(1, DEFAULT.tasks(3, 1));
  }

  @Test
  void largeSweeps_getMoreTasks_ofAtMostTheMaximum() {
    assertEquals(16, DEFAULT.tasks(1000, 2)); // 62 or 63 runs each, not 8 tasks of 125
  }

  @Test
  void everyRun_isInExactlyOneTask_andTasksDifferByOneRunAtMost() {
    for (Batching b : List.of(DEFAULT, new Batching(1, 1, 1), new Batching(2, 3, 5),
        new Batching(4, 5, 5))) {
      for (int runs = 0; runs <= 150; runs++) {
        for (int slots = 1; slots <= 9; slots++) {
          List<RunTask> tasks = tasks(runs);
          List<List<RunTask>> split = b.split(tasks, slots);
          List<RunTask> all = new ArrayList<>();
          split.forEach(all::addAll);
          all.sort(java.util.Comparator.comparingInt(RunTask::point));
          String at = b + ", " + runs + " runs, " + slots + " slots";
          assertEquals(tasks, all, at);
          int fewest = split.stream().mapToInt(List::size).min().orElse(0);
          int most = split.stream().mapToInt(List::size).max().orElse(0);
          assertTrue(most - fewest <= 1, at);
          int cores = Math.min(runs, slots);
          int forMax = (runs + b.maxRunsPerTask() - 1) / b.maxRunsPerTask();
          assertTrue(most <= b.maxRunsPerTask(), at + ": a task above the maximum");
          assertTrue(split.size() >= cores, at + ": an idle core");
          if (split.size() > Math.max(cores, forMax)) {
            assertTrue(fewest >= b.minRunsPerTask(), at + ": a task below the minimum");
          }
          assertTrue(split.size() <= Math.max(slots * b.partitionsPerSlot(),
              Math.max(cores, forMax)), at + ": more tasks than aimed at");
        }
      }
    }
  }

  @Test
  void runsAreDealtOut_notCutInBlocks() {
    List<List<RunTask>> split = new Batching(1, 1, 100).split(tasks(6), 3);
    assertEquals(List.of(0, 3), split.get(0).stream().map(RunTask::point).toList());
    assertEquals(List.of(2, 5), split.get(2).stream().map(RunTask::point).toList());
  }

  private static List<RunTask> tasks(int n) {
    List<RunTask> t = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      t.add(new RunTask(i, 0, i, List.of()));
    }
    return t;
  }
}
