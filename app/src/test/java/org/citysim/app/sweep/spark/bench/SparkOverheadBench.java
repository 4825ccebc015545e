package org.citysim.app.sweep.spark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.Seeds;
import org.citysim.app.sweep.SweepJob;
import org.citysim.app.sweep.TaskRunner;
import org.citysim.app.sweep.launch.SparkOptions;
import org.citysim.app.sweep.spark.SimulationRunner;
import org.citysim.app.sweep.spark.SparkEngine;

/**
 * What the Spark engine costs per run compared with a plain loop in one thread: the same runs,
 * first with a runner that does almost nothing (the engine's own cost), then with real
 * simulations of a tiny scenario. Prints one JSON line per measurement. Not a test: run it with
 * {@code src/build/bench-spark.sh [master] [trivial runs] [real runs] [scenario]}.
 *
 * <p>Each case is warmed up (the loop once, the engine once), then measured over rounds that
 * alternate loop and engine, and the median of each is reported, so that JIT warm-up and a
 * busy machine's noise hit both alike. Wall time and the process's CPU time are both given:
 * on a shared machine the CPU time is the steadier measure of what the engine adds.
 */
public final class SparkOverheadBench {
  private static final int ROUNDS = 5;

  private SparkOverheadBench() {}

  /** A run that computes two numbers from its seed: the engine's cost alone. */
  record TrivialRunner() implements TaskRunner {
    @Override
    public RunOutcome run(SweepJob job, RunTask task) {
      return new RunOutcome(task, RunOutcome.Status.OK, null, 0,
          Map.of("a", (double) (task.seed() % 1000), "b", (double) task.point()));
    }
  }

  public static void main(String[] args) throws Exception {
    String master = args.length > 0 ? args[0] : "local[2]";
    int trivialRuns = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int realRuns = args.length > 2 ? Integer.parseInt(args[2]) : 96;
    Path scenario = Path.of(args.length > 3 ? args[3]
        : "app/src/test/resources/sweep/tiny-town.yaml");
    String real = scenario.getFileName().toString().replaceFirst("\\.yaml$", "");
    SparkOptions options = SparkOptions.defaults().withMaster(master);

    long t0 = System.nanoTime();
    JavaSparkContext sc = SparkEngine.start(options, 2);
    double startSeconds = (System.nanoTime() - t0) / 1e9;
    print("context", master, 0, 0, startSeconds, 0, Double.NaN, 0);
    try {
      SweepJob job = new SweepJob(scenario.toString(), Files.readString(scenario),
          List.of("delay.mean", "vehicles.arrived"), sc.defaultParallelism());
      TaskRunner trivial = new TrivialRunner();
      List<RunTask> many = tasks(trivialRuns);
      measure("trivial", master, sc, options, trivial, job, many);
      measure("trivial-1-run-per-task", master, sc, options.withRunsPerTask(1, 1), trivial,
          job, tasks(Math.min(trivialRuns, 200)));
      measure("trivial-1-run", master, sc, options, trivial, job, tasks(1));
      if (realRuns > 0) {
        // The test scenario at the trivial runs' rates; a scenario given as it is, a seed each.
        List<RunTask> runs = args.length > 3 ? seedsOnly(realRuns) : tasks(realRuns);
        measure(real, master, sc, options, new SimulationRunner(), job, runs);
      }
    } finally {
      sc.stop();
    }
  }

  private static void measure(String name, String master, JavaSparkContext sc,
      SparkOptions options, TaskRunner runner, SweepJob job, List<RunTask> tasks)
      throws Exception {
    SparkEngine engine = new SparkEngine(runner, options, sc);
    loop(runner, job, tasks);
    engine.run(job, tasks, o -> { });
    double[] loop = new double[ROUNDS];
    double[] spark = new double[ROUNDS];
    double[] loopCpu = new double[ROUNDS];
    double[] sparkCpu = new double[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
      long a = System.nanoTime();
      long ac = cpu();
      loop(runner, job, tasks);
      long b = System.nanoTime();
      long bc = cpu();
      List<RunOutcome> got = new ArrayList<>();
      engine.run(job, tasks, got::add);
      long c = System.nanoTime();
      long cc = cpu();
      if (got.size() != tasks.size()) {
        throw new IllegalStateException("lost outcomes");
      }
      loop[r] = (b - a) / 1e9;
      spark[r] = (c - b) / 1e9;
      loopCpu[r] = (bc - ac) / 1e9;
      sparkCpu[r] = (cc - bc) / 1e9;
    }
    print(name, master, tasks.size(), options.minRunsPerTask(), median(spark), median(loop),
        median(sparkCpu), median(loopCpu));
  }

  /**
   * CPU time of this whole process [ns]: all its threads, Spark's included. Less disturbed than
   * wall time by other processes on a shared machine.
   */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static void loop(TaskRunner runner, SweepJob job, List<RunTask> tasks) {
    for (RunTask t : tasks) {
      if (runner.run(job, t).status() != RunOutcome.Status.OK) {
        throw new IllegalStateException("run " + t.key() + " failed");
      }
    }
  }

  private static List<RunTask> tasks(int n) {
    List<RunTask> tasks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int point = i / 2;
      tasks.add(new RunTask(point, i % 2, Seeds.of(3, point, i % 2, true),
          List.of("demand.random.rate=" + (300 + 25 * (point % 20)))));
    }
    return tasks;
  }

  private static List<RunTask> seedsOnly(int n) {
    List<RunTask> tasks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      tasks.add(new RunTask(0, i, Seeds.of(3, 0, i, true), List.of()));
    }
    return tasks;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  private static void print(String name, String master, int runs, int minRunsPerTask,
      double sparkSeconds, double loopSeconds, double sparkCpu, double loopCpu) {
    System.out.println(String.format(Locale.ROOT, "{\"case\":\"%s\",\"master\":\"%s\","
        + "\"runs\":%d,\"minRunsPerTask\":%d,\"sparkSeconds\":%.4f,\"loopSeconds\":%.4f,"
        + "\"overheadPerRunMs\":%.3f,\"sparkCpuSeconds\":%.4f,\"loopCpuSeconds\":%.4f,"
        + "\"cpuOverheadPerRunMs\":%.3f}", name, master, runs, minRunsPerTask, sparkSeconds,
        loopSeconds, runs == 0 ? Double.NaN : (sparkSeconds - loopSeconds) / runs * 1000,
        sparkCpu, loopCpu, runs == 0 ? Double.NaN : (sparkCpu - loopCpu) / runs * 1000));
  }
}
