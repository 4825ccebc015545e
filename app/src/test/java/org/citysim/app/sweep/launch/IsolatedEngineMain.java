package org.citysim.app.sweep.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.SweepEngine;
import org.citysim.app.sweep.SweepJob;
import org.citysim.app.sweep.spark.SimulationRunner;

/**
 * A Spark sweep of real runs through {@link SparkEngines}, printing the engine's class loader
 * and one line per outcome (sorted). Started by {@code SparkPackagingIT} in a JVM whose class
 * path is the launcher's (no Spark on it), so that the engine must come from app/target.
 */
public final class IsolatedEngineMain {
  private IsolatedEngineMain() {}

  public static void main(String[] args) throws Exception {
    Path scenario = Path.of(args[0]);
    SweepJob job = new SweepJob(scenario.toString(), Files.readString(scenario),
        List.of("delay.mean", "vehicles.arrived"), 2);
    SweepEngine engine = SparkEngines.create(new SimulationRunner(),
        SparkOptions.defaults().withMaster("local[2]").withRunsPerTask(1, 2));
    System.out.println("loader=" + engine.getClass().getClassLoader().getName());
    List<String> lines = new ArrayList<>();
    engine.run(job, tasks(), o -> lines.add(line(o)));
    Collections.sort(lines);
    lines.forEach(System.out::println);
  }

  /** Three design points of the demand rate, two replications each. */
  static List<RunTask> tasks() {
    List<RunTask> tasks = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      for (int r = 0; r < 2; r++) {
        tasks.add(new RunTask(p, r, org.citysim.app.sweep.Seeds.of(1, p, r, true),
            List.of("demand.random.rate=" + (400 + 200 * p))));
      }
    }
    return tasks;
  }

  /** The deterministic part of an outcome as one line. */
  static String line(org.citysim.app.sweep.RunOutcome o) {
    return o.task().key() + " " + o.status() + " " + o.error() + " " + o.kpis();
  }
}
