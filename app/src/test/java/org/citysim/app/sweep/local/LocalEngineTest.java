package org.citysim.app.sweep.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.citysim.app.Main;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.SweepFixtures;
import org.citysim.app.sweep.SweepJob;
import org.citysim.app.sweep.TaskRunner;
import org.citysim.app.sweep.file.SweepFile;
import org.citysim.app.sweep.file.SweepFileLoader;
import org.citysim.app.sweep.run.ScenarioTaskRunner;
import org.citysim.reports.json.SummaryJsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalEngineTest {
  @TempDir Path tmp;

  private SweepFile sweep() throws Exception {
    return new SweepFileLoader(SweepFixtures.UNITS).load(SweepFixtures.sweepFile(tmp, """
        scenario: tiny.yaml
        seed: 4
        replications: 2
        design: {type: units, u: "0,0;1,0;0.5,1;0.2,0.7"}
        parameters:
          - {path: demand.random.rate, min: 300, max: 900, integer: true}
          - {path: network.grid.signals.nsShare, min: 0.3, max: 0.7}
        kpis: [delay.mean, vehicles.arrived, travelTime.p95]
        """));
  }

  private static Map<String, RunOutcome> run(SweepJob job, List<RunTask> tasks,
      TaskRunner runner) throws Exception {
    Map<String, RunOutcome> out = new TreeMap<>();
    new LocalEngine(runner).run(job, tasks, o -> {
      RunOutcome previous = out.put(o.task().key(), o);
      assertNull(previous, "delivered twice: " + o.task().key());
    });
    assertEquals(tasks.size(), out.size());
    return out;
  }

  @Test
  void parallelismOneAndTwo_sameKpis_equalToDirectRuns() throws Exception {
    SweepFile f = sweep();
    List<RunTask> tasks = f.tasks(f.plan());
    Map<String, RunOutcome> one = run(f.job(1), tasks, new ScenarioTaskRunner());
    Map<String, RunOutcome> two = run(f.job(2), tasks, new ScenarioTaskRunner());
    for (String key : one.keySet()) {
      assertEquals(RunOutcome.Status.OK, one.get(key).status(), one.get(key).error());
      assertEquals(one.get(key).kpis(), two.get(key).kpis(), key);
      assertEquals(3, one.get(key).kpis().size());
    }
    // The same runs made one by one with `citysim run`, from the summary.json they write.
    for (RunTask t : List.of(tasks.get(0), tasks.get(5))) {
      List<String> args = new ArrayList<>(List.of("run", "-q", f.scenario().toString(),
          "--out", tmp.resolve("direct-" + t.point() + "-" + t.replication()).toString()));
      for (String o : ScenarioTaskRunner.overrides(t)) {
        args.add("--set");
        args.add(o);
      }
      StringWriter err = new StringWriter();
      assertEquals(0, Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err),
          args.toArray(String[]::new)), err.toString());
      SummaryJsonReader.Summary s = new SummaryJsonReader().read(
          tmp.resolve("direct-" + t.point() + "-" + t.replication()).resolve("summary.json"));
      assertEquals(t.seed(), s.seed());
      for (Map.Entry<String, Double> k : one.get(t.key()).kpis().entrySet()) {
        assertEquals(((Number) s.kpis().get(k.getKey())).doubleValue(), k.getValue(),
            t.key() + " " + k.getKey());
      }
    }
  }

  @Test
  void throwingRunner_onlyThatRunFails_othersComplete() throws Exception {
    SweepFile f = sweep();
    List<RunTask> tasks = f.tasks(f.plan());
    ScenarioTaskRunner real = new ScenarioTaskRunner();
    TaskRunner flaky = (job, task) -> {
      if (task.point() == 1 && task.replication() == 0) {
        throw new IllegalStateException("boom");
      }
      if (task.point() == 2 && task.replication() == 1) {
        throw new StackOverflowError();
      }
      return real.run(job, task);
    };
    Map<String, RunOutcome> out = run(f.job(2), tasks, flaky);
    assertEquals(RunOutcome.Status.FAILED, out.get("1/0").status());
    assertTrue(out.get("1/0").error().contains("boom"), out.get("1/0").error());
    assertEquals(RunOutcome.Status.FAILED, out.get("2/1").status());
    assertTrue(out.get("2/1").error().contains("StackOverflowError"), out.get("2/1").error());
    long ok = out.values().stream().filter(o -> o.status() == RunOutcome.Status.OK).count();
    assertEquals(tasks.size() - 2, ok);
  }

  @Test
  void tasksInFlightBounded_outcomesOnTheCallingThread() throws Exception {
    List<RunTask> tasks = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      tasks.add(new RunTask(i, 0, i, List.of()));
    }
    int threads = 3;
    AtomicInteger started = new AtomicInteger();
    AtomicInteger delivered = new AtomicInteger();
    AtomicInteger worst = new AtomicInteger();
    TaskRunner counting = (job, task) -> {
      int pending = started.incrementAndGet() - delivered.get();
      worst.accumulateAndGet(pending, Math::max);
      return new RunOutcome(task, RunOutcome.Status.OK, null, 0, Map.of("k", 1.0 * task.point()));
    };
    Set<Thread> sinkThreads = new HashSet<>();
    new LocalEngine(counting).run(new SweepJob("x.yaml", "", List.of("k"), threads), tasks,
        o -> {
          sinkThreads.add(Thread.currentThread());
          delivered.incrementAndGet();
        });
    assertEquals(200, delivered.get());
    assertEquals(Set.of(Thread.currentThread()), sinkThreads);
    assertTrue(worst.get() <= threads * LocalEngine.IN_FLIGHT,
        "at most " + threads * LocalEngine.IN_FLIGHT + " tasks in flight, saw " + worst.get());
  }
}
