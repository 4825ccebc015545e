package org.citysim.app.sweep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.Seeds;
import org.citysim.app.sweep.SweepEngine;
import org.citysim.app.sweep.SweepJob;
import org.citysim.app.sweep.TaskRunner;

/** Sweeps for the engine's tests, and the sequential reference they are compared with. */
final class Sweeps {
  /** A small real scenario: a 3 x 3 grid for 20 simulated minutes. */
  static final Path TINY = Path.of("src", "test", "resources", "sweep", "tiny-town.yaml");

  private Sweeps() {}

  /** A job on the tiny scenario. */
  static SweepJob job(int parallelism) throws java.io.IOException {
    return new SweepJob(TINY.toString(), Files.readString(TINY),
        List.of("delay.mean", "vehicles.arrived", "travelTime.mean"), parallelism);
  }

  /**
   * {@code points} design points of the demand rate, {@code reps} replications each, with
   * common random numbers.
   */
  static List<RunTask> tasks(int points, int reps, long sweepSeed) {
    List<RunTask> tasks = new ArrayList<>();
    for (int p = 0; p < points; p++) {
      for (int r = 0; r < reps; r++) {
        tasks.add(new RunTask(p, r, Seeds.of(sweepSeed, p, r, true),
            List.of("demand.random.rate=" + (300 + 100 * p))));
      }
    }
    return tasks;
  }

  /** The outcomes of running every task in turn, in this thread. */
  static List<RunOutcome> sequential(TaskRunner runner, SweepJob job, List<RunTask> tasks) {
    return tasks.stream().map(t -> TaskRunner.safely(runner, job, t)).toList();
  }

  /** The outcomes an engine hands its sink, in arrival order. */
  static List<RunOutcome> run(SweepEngine engine, SweepJob job, List<RunTask> tasks)
      throws Exception {
    List<RunOutcome> got = new ArrayList<>();
    engine.run(job, tasks, got::add);
    return got;
  }

  /** What must not differ between engines: all but the wall time, ordered by run. */
  record Same(String key, RunOutcome.Status status, String error,
      java.util.Map<String, Double> kpis) {}

  static List<Same> comparable(List<RunOutcome> outcomes) {
    return outcomes.stream()
        .sorted(Comparator.comparingInt((RunOutcome o) -> o.task().point())
            .thenComparingInt(o -> o.task().replication()))
        .map(o -> new Same(o.task().key(), o.status(), o.error(), o.kpis())).toList();
  }

  /** Asserts the same outcomes up to order and wall time, and each run exactly once. */
  static void assertSameOutcomes(List<RunOutcome> expected, List<RunOutcome> actual) {
    assertEquals(expected.size(), actual.size(), "number of outcomes");
    assertEquals(comparable(expected), comparable(actual));
  }
}
