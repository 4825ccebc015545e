package org.citysim.app;

import org.citysim.sim.demand.DemandSizeEstimate;
import org.citysim.sim.scenario.ExplicitNetworkSpec;
import org.citysim.sim.scenario.GridSpec;
import org.citysim.sim.scenario.PollutionSpec;
import org.citysim.sim.scenario.Scenario;

/**
 * The second half of the launcher's JIT choice. Short runs finish sooner with only the quick C1
 * compiler (on 2 cores the optimising C2 compiler competes with the run for CPU and its code
 * arrives too late to pay off: Bologna Pasubio takes 1.5 s instead of 2.4 s); long runs are
 * 20 to 30 % faster with C2. The launcher starts {@code run} with C1 only and
 * {@code -Dcitysim.jit=auto}; once the scenario is read, a large demand makes the command exit
 * with {@link #RELAUNCH_FULL_JIT} before any work or output, and the launcher starts it again
 * with the full tiered JIT.
 */
public final class JitPolicy {
  /** Exit code asking the launcher to run the same command again with the full JIT. */
  public static final int RELAUNCH_FULL_JIT = 75;
  /**
   * Estimated trips above which the full JIT wins (measured break-even between 10^4 and 10^5
   * trips; see the README's speed section).
   */
  static final double QUICK_MAX_TRIPS = 30_000;
  /**
   * Estimated pollution cell-steps (grid cells times dispersion steps) above which the full JIT
   * wins: the stencil loops run 2 to 3 times faster compiled by C2 (a 200 x 200 grid over a
   * 2.5 h run is 6 million).
   */
  static final double QUICK_MAX_CELL_STEPS = 1_500_000;

  private JitPolicy() {}

  /** Whether this process should hand {@code scenario} back for a full-JIT relaunch. */
  public static boolean wantsFullJit(Scenario scenario) {
    return wantsFullJit(System.getProperty("citysim.jit"), scenario);
  }

  /**
   * @param mode the launcher's {@code citysim.jit} property: "auto" when it started this process
   *             with the quick JIT and can relaunch it; anything else (or null) never relaunches
   */
  static boolean wantsFullJit(String mode, Scenario scenario) {
    if (!"auto".equals(mode)) {
      return false;
    }
    return DemandSizeEstimate.trips(scenario.demand(), scenario.simulation().start(),
        scenario.simulation().end()) > QUICK_MAX_TRIPS
        || pollutionCellSteps(scenario) > QUICK_MAX_CELL_STEPS;
  }

  /**
   * Grid cells times steps of the pollution model, from the scenario alone: the network's extent
   * where the scenario gives it (grids, explicit nodes), else only the margins (an imported
   * network's extent is known only once it is read, so its estimate is low).
   */
  static double pollutionCellSteps(Scenario scenario) {
    PollutionSpec p = scenario.pollution();
    if (!p.enabled()) {
      return 0;
    }
    double w = 0;
    double h = 0;
    if (scenario.network() instanceof GridSpec g) {
      w = (g.columns() - 1) * g.spacing();
      h = (g.rows() - 1) * g.spacing();
    } else if (scenario.network() instanceof ExplicitNetworkSpec e && !e.nodes().isEmpty()) {
      w = e.nodes().stream().mapToDouble(ExplicitNetworkSpec.NodeSpec::x).max().orElse(0)
          - e.nodes().stream().mapToDouble(ExplicitNetworkSpec.NodeSpec::x).min().orElse(0);
      h = e.nodes().stream().mapToDouble(ExplicitNetworkSpec.NodeSpec::y).max().orElse(0)
          - e.nodes().stream().mapToDouble(ExplicitNetworkSpec.NodeSpec::y).min().orElse(0);
    }
    double cells = Math.ceil((w + 2 * p.margin()) / p.cellSize())
        * Math.ceil((h + 2 * p.margin()) / p.cellSize());
    double steps = (scenario.simulation().end() - scenario.simulation().start()) / p.interval();
    return cells * steps;
  }
}
