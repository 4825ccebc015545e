package org.citysim.agents.signal.maxpressure;

import org.citysim.agents.signal.StageController;
import org.citysim.sim.agent.AgentContext;

/**
 * Max-pressure control of one junction: after a stage's minimum green, every decision interval,
 * switch to the stage of highest pressure unless the current stage is (one of) the highest.
 * After the maximum green the best other stage is taken if its pressure is positive.
 */
final class MaxPressureJunction extends StageController {
  private static final double EPS = 1e-9;
  private final MaxPressureConfig config;
  private final Pressures pressures;

  MaxPressureJunction(Pressures pressures, MaxPressureConfig config, AgentContext context) {
    super(pressures.junction(), context);
    this.pressures = pressures;
    this.config = config;
  }

  @Override
  protected int initialStage() {
    return best(pressures.now(), -1);
  }

  @Override
  protected void onStage(int stage, double start) {
    at(start + config.minGreen(), this::decide);
  }

  /** One decision: hold or switch. */
  void decide() {
    double[] p = pressures.now();
    int cur = stage();
    int next = choose(p, cur, context.now() - greenStart() >= config.maxGreen() - EPS);
    if (next == cur) {
      at(context.now() + config.decisionInterval(), this::decide);
    } else {
      begin(next);
    }
  }

  /**
   * The stage to show: the highest pressure, the current stage on a tie; after the maximum green
   * the best other stage if its pressure is positive.
   */
  static int choose(double[] p, int cur, boolean maxedOut) {
    if (maxedOut) {
      int other = best(p, cur);
      return other >= 0 && p[other] > EPS ? other : cur;
    }
    int best = best(p, -1);
    return p[cur] >= p[best] - EPS * Math.max(1, Math.abs(p[best])) ? cur : best;
  }

  /** The stage of highest pressure other than {@code except} (lowest index on ties), or -1. */
  static int best(double[] p, int except) {
    int best = -1;
    for (int s = 0; s < p.length; s++) {
      if (s != except && (best < 0 || p[s] > p[best])) {
        best = s;
      }
    }
    return best;
  }
}
