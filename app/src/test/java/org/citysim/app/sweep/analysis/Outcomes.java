package org.citysim.app.sweep.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.citysim.app.sweep.Parameter;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.design.DesignPlan;
import org.citysim.app.sweep.design.DesignPoint;

/** Outcomes of a plan "run" on a test function instead of a simulation. */
final class Outcomes {
  private Outcomes() {}

  static RunOutcome ok(int point, int replication, Map<String, Double> kpis) {
    return new RunOutcome(new RunTask(point, replication, 1, List.of()), RunOutcome.Status.OK,
        null, 0, kpis);
  }

  static RunOutcome failed(int point, int replication) {
    return new RunOutcome(new RunTask(point, replication, 1, List.of()),
        RunOutcome.Status.FAILED, "boom", 0, Map.of());
  }

  /** One completed run per point, KPI "y" = f(point). */
  static List<RunOutcome> of(DesignPlan plan, ToDoubleFunction<DesignPoint> f) {
    List<RunOutcome> out = new ArrayList<>();
    for (DesignPoint p : plan.points()) {
      out.add(ok(p.index(), 0, Map.of("y", f.applyAsDouble(p))));
    }
    return out;
  }

  /** f's value at every point, in index order. */
  static double[] outputs(DesignPlan plan, ToDoubleFunction<DesignPoint> f) {
    return plan.points().stream().mapToDouble(f).toArray();
  }

  /** Ranges from 0 to 1, whose values equal their unit coordinates. */
  static List<Parameter> unitRanges(List<String> paths) {
    return paths.stream().<Parameter>map(p -> new Parameter.Range(p, 0, 1, false, 2)).toList();
  }

  /** Parameter value j of a point, as a number. */
  static double x(DesignPoint p, int j) {
    return (Double) p.values().get(j);
  }
}
