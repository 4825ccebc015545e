package org.citysim.app;

import org.citysim.sim.demand.DemandSizeEstimate;
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
        scenario.simulation().end()) > QUICK_MAX_TRIPS;
  }
}
