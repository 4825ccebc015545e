package org.citysim.app.sweep.spark;

import java.util.Map;
import java.util.TreeMap;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.SweepJob;
import org.citysim.app.sweep.TaskRunner;

/**
 * A deterministic stand-in for a simulation: KPIs computed from the seed and the overrides.
 * Runs of design point {@code failPoint} fail as a runner should (a FAILED outcome); runs of
 * point {@code throwPoint} throw, breaking the runner's promise (the engine must guard).
 *
 * @param failPoint  design point whose runs fail, -1 for none
 * @param throwPoint design point whose runs throw, -1 for none
 */
record FakeRunner(int failPoint, int throwPoint) implements TaskRunner {
  /** A runner whose runs all succeed. */
  FakeRunner() {
    this(-1, -1);
  }

  @Override
  public RunOutcome run(SweepJob job, RunTask task) {
    if (task.point() == throwPoint) {
      throw new IllegalStateException("boom at " + task.key() + "\nsecond line");
    }
    if (task.point() == failPoint) {
      return new RunOutcome(task, RunOutcome.Status.FAILED, "point " + task.point() + " is bad",
          0.001, Map.of());
    }
    double sum = 0;
    for (String o : task.overrides()) {
      sum += Double.parseDouble(o.substring(o.indexOf('=') + 1));
    }
    Map<String, Double> kpis = new TreeMap<>();
    kpis.put("delay.mean", (task.seed() % 100_000) / 1000.0 + sum);
    kpis.put("vehicles.arrived", (double) (task.seed() % 997) + task.point());
    return new RunOutcome(task, RunOutcome.Status.OK, null, 0.001, kpis);
  }
}
