package org.citysim.app.sweep.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citysim.app.sweep.Parameter;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.design.DesignPlan;
import org.citysim.app.sweep.design.DesignPoint;
import org.citysim.reports.sweep.KpiStats;
import org.citysim.reports.sweep.MorrisIndex;
import org.citysim.reports.sweep.PointSummary;
import org.citysim.reports.sweep.SobolIndex;
import org.citysim.reports.sweep.SweepSummary;

/**
 * Turns a sweep's plan and outcomes into what its report shows.
 *
 * <p>The sensitivity analyses need one output per design point; with replications it is the
 * mean of the KPI over the point's completed replications. With common random numbers (the
 * sweep default) replication r uses the same random numbers at every point, so these means
 * differ between points by the parameters' effect and much less by noise; the indices then
 * describe the mean response. Without common random numbers, noise adds to every point's
 * output, inflating the variance the indices share out and the total indices in particular.
 */
public final class SweepAnalysis {
  private SweepAnalysis() {}

  /**
   * The summary of a sweep, without links to run reports (the sweep command adds those).
   *
   * @param name         the sweep's name
   * @param scenario     the base scenario file as given
   * @param designName   the design's name, e.g. "sobol"
   * @param parameters   the swept parameters, in the sweep file's order
   * @param plan         the design's plan for those parameters
   * @param kpis         KPI paths, in the sweep file's order
   * @param replications replications per point
   * @param seed         the sweep seed (also seeds the Sobol bootstrap)
   * @param outcomes     the runs recorded so far, in any order; runs may be missing or
   *                     failed
   * @param version      citysim version and commit
   * @throws IllegalArgumentException when an outcome's point or replication lies outside the
   *                                  plan, or the plan does not match the parameters
   */
  public static SweepSummary summarise(String name, String scenario, String designName,
      List<Parameter> parameters, DesignPlan plan, List<String> kpis, int replications,
      long seed, List<RunOutcome> outcomes, String version) {
    ReplicateTable table = new ReplicateTable(plan.points().size(), replications, outcomes);
    List<String> paths = parameters.stream().map(Parameter::path).toList();
    List<PointSummary> points = new ArrayList<>(table.points());
    int runs = 0;
    int failed = 0;
    for (DesignPoint point : plan.points()) {
      int p = point.index();
      Map<String, KpiStats> stats = new LinkedHashMap<>();
      for (String kpi : kpis) {
        double[] v = table.values(p, kpi);
        if (v.length > 0) {
          stats.put(kpi, KpiStatistics.of(v));
        }
      }
      points.add(new PointSummary(p, point.values(), table.runs(p), table.failed(p), stats));
      runs += table.runs(p);
      failed += table.failed(p);
    }
    List<SobolIndex> sobol = new ArrayList<>();
    List<MorrisIndex> morris = new ArrayList<>();
    if (plan.structure() instanceof DesignPlan.Saltelli s) {
      SobolAnalysis analysis = new SobolAnalysis(SobolAnalysis.RESAMPLES);
      for (String kpi : kpis) {
        sobol.addAll(analysis.analyse(kpi, paths, s, table.meanOutput(kpi), seed));
      }
    } else if (plan.structure() instanceof DesignPlan.Morris m) {
      for (String kpi : kpis) {
        morris.addAll(MorrisAnalysis.analyse(kpi, paths, m, plan.points(), table.meanOutput(kpi)));
      }
    }
    return new SweepSummary(name, scenario, designName, paths, kpis, replications, seed, runs,
        failed, points, sobol, morris, List.of(), version);
  }
}
