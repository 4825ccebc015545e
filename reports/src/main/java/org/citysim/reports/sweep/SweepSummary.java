package org.citysim.reports.sweep;

import java.util.List;

/**
 * Everything the sweep report shows.
 *
 * @param name        the sweep's name
 * @param scenario    the base scenario file as given
 * @param design      the design's name (e.g. "latin-hypercube")
 * @param parameters  parameter paths, in the sweep file's order
 * @param kpis        KPI paths, in the sweep file's order
 * @param replications replications per point
 * @param seed        the sweep seed
 * @param runs        runs recorded
 * @param failed      runs that failed
 * @param points      per design point, in index order
 * @param sobol       Sobol indices (empty unless the design is Sobol/Saltelli)
 * @param morris      Morris indices (empty unless the design is Morris)
 * @param links       best and worst runs with their own reports
 * @param version     citysim version and commit that ran the sweep
 */
public record SweepSummary(String name, String scenario, String design, List<String> parameters,
    List<String> kpis, int replications, long seed, int runs, int failed,
    List<PointSummary> points, List<SobolIndex> sobol, List<MorrisIndex> morris,
    List<RunLink> links, String version) {
  public SweepSummary {
    parameters = List.copyOf(parameters);
    kpis = List.copyOf(kpis);
    points = List.copyOf(points);
    sobol = List.copyOf(sobol);
    morris = List.copyOf(morris);
    links = List.copyOf(links);
  }
}
