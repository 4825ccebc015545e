package org.citysim.app.sweep.spark;

import static org.citysim.app.sweep.spark.Sweeps.assertSameOutcomes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.SweepJob;
import org.citysim.app.sweep.launch.SparkOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Spark engine embedded with two cores ({@code local[2]}), one context for the class. */
class SparkEngineTest {
  private static final SparkOptions LOCAL2 = SparkOptions.defaults().withMaster("local[2]");
  private static JavaSparkContext sc;

  @BeforeAll
  static void start() {
    sc = SparkEngine.start(LOCAL2, 2);
  }

  @AfterAll
  static void stop() {
    if (sc != null) {
      sc.stop();
    }
  }

  private static SparkEngine engine(org.citysim.app.sweep.TaskRunner runner, int min, int max) {
    return new SparkEngine(runner, LOCAL2.withRunsPerTask(min, max), sc);
  }

  @ParameterizedTest(name = "{0} to {1} runs per task")
  @CsvSource({"1, 1", "3, 3", "4, 64", "100, 100"})
  void outcomes_equalSequentialRuns_atAnyBatchSize(int min, int max) throws Exception {
    SweepJob job = Sweeps.job(2);
    List<RunTask> tasks = Sweeps.tasks(7, 3, 11);
    FakeRunner runner = new FakeRunner(4, -1);
    List<RunOutcome> got = Sweeps.run(engine(runner, min, max), job, tasks);
    assertSameOutcomes(Sweeps.sequential(runner, job, tasks), got);
  }

  @Test
  void failingRuns_areRecordedFailed_andTheOthersComplete() throws Exception {
    SweepJob job = Sweeps.job(2);
    List<RunTask> tasks = Sweeps.tasks(6, 2, 3);
    List<RunOutcome> got = Sweeps.run(engine(new FakeRunner(2, 4), 1, 4), job, tasks);
    assertEquals(tasks.size(), got.size());
    for (RunOutcome o : got) {
      switch (o.task().point()) {
        case 2 -> {
          assertEquals(RunOutcome.Status.FAILED, o.status());
          assertEquals("point 2 is bad", o.error());
        }
        case 4 -> {
          // The runner threw: the engine records the run as failed, in one line.
          assertEquals(RunOutcome.Status.FAILED, o.status());
          assertEquals("runner failed: java.lang.IllegalStateException: boom at 4/"
              + o.task().replication() + " second line", o.error());
          assertTrue(o.kpis().isEmpty());
        }
        default -> {
          assertEquals(RunOutcome.Status.OK, o.status(), o.toString());
          assertNull(o.error());
          assertEquals(2, o.kpis().size());
        }
      }
    }
  }

  @Test
  void everyRun_arrivesExactlyOnce_inTheCallersThread() throws Exception {
    List<RunTask> tasks = Sweeps.tasks(25, 4, 5);
    List<RunOutcome> got = new ArrayList<>();
    Set<Thread> sinkThreads = new HashSet<>();
    engine(new FakeRunner(), 3, 7).run(Sweeps.job(2), tasks, o -> {
      got.add(o);
      sinkThreads.add(Thread.currentThread());
    });
    assertEquals(Set.of(Thread.currentThread()), sinkThreads);
    Set<String> keys = new HashSet<>();
    for (RunOutcome o : got) {
      assertTrue(keys.add(o.task().key()), "twice: " + o.task().key());
    }
    assertEquals(tasks.stream().map(RunTask::key).collect(java.util.stream.Collectors.toSet()),
        keys);
  }

  @Test
  void outcomes_reachTheSink_whileLaterTasksStillRun() throws Exception {
    // Eight tasks of one run on two cores: the last run can start only after earlier tasks
    // finished, and it waits until the sink has seen one of their outcomes. An engine that
    // collected everything before handing it on would never let it through.
    List<RunTask> tasks = Sweeps.tasks(8, 1, 9);
    Gate gate = Gate.open("progressive", tasks.get(7).key());
    try {
      List<RunOutcome> got = new ArrayList<>();
      engine(gate, 1, 1).run(Sweeps.job(2), tasks, o -> {
        got.add(o);
        gate.seen();
      });
      assertEquals(8, got.size());
      assertTrue(got.stream().allMatch(o -> o.status() == RunOutcome.Status.OK), got::toString);
      // It may pass the one running beside it once released, but cannot have been first.
      assertTrue(got.get(0).task().point() != 7, got::toString);
    } finally {
      gate.close();
    }
  }

  @Test
  void aFailingSink_stopsTheSweep_withItsException() throws Exception {
    List<RunTask> tasks = Sweeps.tasks(10, 1, 1);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> engine(new FakeRunner(), 1, 1).run(Sweeps.job(2), tasks, o -> {
          throw new IllegalStateException("store is full");
        }));
    assertEquals("store is full", e.getMessage());
    // The context is still usable for the next sweep.
    assertEquals(2, Sweeps.run(engine(new FakeRunner(), 1, 1), Sweeps.job(2),
        Sweeps.tasks(2, 1, 1)).size());
  }

  @Test
  void noTasks_noOutcomes() throws Exception {
    assertTrue(Sweeps.run(engine(new FakeRunner(), 1, 1), Sweeps.job(2), List.of()).isEmpty());
  }

  @Test
  void realSimulations_giveTheSameKpis_asSequentialRuns() throws Exception {
    SweepJob job = Sweeps.job(2);
    List<RunTask> tasks = Sweeps.tasks(3, 2, 21);
    SimulationRunner runner = new SimulationRunner();
    List<RunOutcome> expected = Sweeps.sequential(runner, job, tasks);
    assertTrue(expected.stream().allMatch(o -> o.status() == RunOutcome.Status.OK
        && o.kpis().size() == 3), expected::toString);
    assertSameOutcomes(expected, Sweeps.run(engine(runner, 1, 2), job, tasks));
  }
}
