package org.citysim.app.sweep.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.SweepJob;
import org.citysim.app.sweep.design.DesignPlan;
import org.citysim.app.sweep.design.DesignPoint;
import org.citysim.app.sweep.file.DesignFactory;
import org.citysim.app.sweep.file.SweepFile;
import org.citysim.app.sweep.file.SweepFileLoader;
import org.citysim.app.sweep.local.LocalEngine;
import org.citysim.app.sweep.run.ScenarioTaskRunner;
import org.citysim.app.sweep.store.ResultStore;
import org.citysim.app.sweep.store.ResultStores;
import org.citysim.app.sweep.store.StoreSchema;

/**
 * Per-run overhead of the local engine beyond the simulation itself (src/build/bench-sweep.sh):
 * the first N runs of a sweep file, made in one warm JVM on one thread, (a) directly (load the
 * scenario with the run's overrides, build, simulate: what {@code citysim run} does without
 * writing) and (b) through the local engine at parallelism 1 with every outcome recorded in a
 * DuckDB store (task hand-over, KPIs from the summary, one transaction per row). Each is
 * measured twice, alternating, after a warm-up of both; the faster of each pair counts. Prints
 * one JSON line.
 *
 * <p>Usage: {@code SweepOverheadBench SWEEP_FILE [RUNS] [WARMUP]} (defaults 40 and 20).
 */
public final class SweepOverheadBench {
  private SweepOverheadBench() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    int warm = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    SweepFile sweep = new SweepFileLoader(DesignFactory.standard()).load(file);
    DesignPlan plan = sweep.plan();
    List<RunTask> all = sweep.tasks(plan);
    List<RunTask> warmup = all.subList(0, warm);
    List<RunTask> measured = all.subList(warm, warm + n);
    SweepJob job = sweep.job(1);
    Path dir = Files.createTempDirectory("sweep-overhead");
    direct(job, warmup);
    engine(sweep, plan, job, warmup, dir.resolve("warm.duckdb"));
    double direct = Double.MAX_VALUE;
    double engine = Double.MAX_VALUE;
    for (int round = 0; round < 2; round++) {
      direct = Math.min(direct, direct(job, measured));
      engine = Math.min(engine, engine(sweep, plan, job, measured,
          dir.resolve("round" + round + ".duckdb")));
    }
    System.out.printf(Locale.ROOT, "{\"sweep\":\"%s\",\"runs\":%d,\"directMsPerRun\":%.1f,"
        + "\"engineMsPerRun\":%.1f,\"overheadMsPerRun\":%.1f}%n", sweep.name(), n,
        1000 * direct / n, 1000 * engine / n, 1000 * (engine - direct) / n);
  }

  /** Wall time of the runs made one after the other on this thread [s]. */
  private static double direct(SweepJob job, List<RunTask> tasks) throws Exception {
    long t0 = System.nanoTime();
    for (RunTask t : tasks) {
      ScenarioTaskRunner.simulate(job, t);
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Wall time of the runs through the engine, each recorded in a fresh store [s]. */
  private static double engine(SweepFile sweep, DesignPlan plan, SweepJob job,
      List<RunTask> tasks, Path storeFile) throws Exception {
    try (ResultStore store = ResultStores.open(storeFile, false)) {
      store.initialise(new StoreSchema(sweep.parameters().stream()
          .map(p -> new StoreSchema.Column(p.path(), true)).toList(), sweep.kpis()),
          java.util.Map.of());
      long t0 = System.nanoTime();
      new LocalEngine(new ScenarioTaskRunner()).run(job, tasks, o -> {
        try {
          DesignPoint p = plan.points().get(o.task().point());
          store.record(o, p.values());
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      return (System.nanoTime() - t0) / 1e9;
    }
  }
}
