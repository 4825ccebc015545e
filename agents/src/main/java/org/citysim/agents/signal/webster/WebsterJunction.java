package org.citysim.agents.signal.webster;

import org.citysim.agents.signal.JunctionSensors;
import org.citysim.agents.signal.ReadingCollector;
import org.citysim.sim.agent.AgentContext;
import org.citysim.sim.signal.Stage;

/**
 * Webster retiming of one junction. Each approach's flow over the period comes from its sensor's
 * interval counts; a stage's critical flow ratio is the highest flow / saturation flow among the
 * approaches it serves. Link sensors cannot tell an approach's movements apart, so an approach
 * served in several stages (a protected turn after a through stage) counts fully in each: this
 * errs towards longer cycles, never towards starving a stage.
 */
final class WebsterJunction {
  /**
   * Share of the intervals taken in a period that must be valid (not dropped out) for an
   * approach's flow to count [-].
   */
  static final double MIN_COVERAGE = 0.5;

  private final JunctionSensors junction;
  private final WebsterConfig config;
  private final AgentContext context;
  private final ReadingCollector[] readings;
  private double lastCycle = Double.NaN;
  private boolean holding;
  private boolean oversaturated;

  WebsterJunction(JunctionSensors junction, WebsterConfig config, AgentContext context) {
    this.junction = junction;
    this.config = config;
    this.context = context;
    readings = new ReadingCollector[junction.approachCount()];
    for (int a = 0; a < readings.length; a++) {
      readings[a] = new ReadingCollector(junction.sensor(a));
    }
  }

  /**
   * Says once, at the start, when this junction cannot be retimed as configured: a single stage
   * has no split to set (it keeps its base plan), and minimum greens that cannot fit in the
   * longest cycle make the cycle longer.
   *
   * @return false when the junction is left alone
   */
  boolean start() {
    int n = junction.stageCount();
    double lost = junction.control().lostTime();
    if (n < 2) {
      context.raise("not-controlled", junction.id() + " has a single stage: base plan kept");
      return false;
    }
    if (n * config.minGreen() + lost > config.maxCycle()) {
      context.raise("bounds", String.format(java.util.Locale.ROOT, "%s: %d stages x minGreen"
          + " + %.0f s intergreen = %.0f s exceeds maxCycle; its cycle will be longer",
          junction.id(), n, lost, n * config.minGreen() + lost));
    }
    return true;
  }

  /**
   * Takes the latest sensor intervals.
   *
   * @return the shortest aggregation interval seen on this junction's sensors [s]
   */
  double poll() {
    double shortest = Double.POSITIVE_INFINITY;
    for (ReadingCollector r : readings) {
      r.poll();
      shortest = Math.min(shortest, r.shortestInterval());
    }
    return shortest;
  }

  /** End of a period: retime from its counts, or hold the plan if they are not usable. */
  void decide() {
    poll();
    String id = junction.id();
    double[] y = flowRatios();
    for (ReadingCollector r : readings) {
      r.reset();
    }
    if (y == null) {
      if (!holding) {
        context.raise("hold", id + ": too few sensor readings in the last period; plan kept");
      }
      holding = true;
      return;
    }
    holding = false;
    WebsterPlan plan = WebsterPlan.of(y, junction.control().lostTime(), config.minGreen(),
        config.maxGreen(), config.minCycle(), config.maxCycle(), config.maxFlowRatio());
    junction.control().runPlan(plan.greens());
    double[] g = plan.greens();
    context.record(id + "/cycle", plan.cycle());
    context.record(id + "/flow-ratio", plan.flowRatioSum());
    context.record(id + "/green-split", g[0] / org.citysim.agents.signal.Greens.sum(g));
    if (plan.oversaturated() && !oversaturated) {
      context.raise("oversaturated", String.format(java.util.Locale.ROOT,
          "%s: Y = %.2f, running the longest cycle (%.0f s)", id, plan.flowRatioSum(),
          plan.cycle()));
    }
    oversaturated = plan.oversaturated();
    if (Double.isNaN(lastCycle) || Math.abs(plan.cycle() - lastCycle) >= 0.1 * lastCycle) {
      context.raise("plan-change", String.format(java.util.Locale.ROOT,
          "%s: cycle %.0f s, greens %s s", id, plan.cycle(), rounded(g)));
    }
    lastCycle = plan.cycle();
  }

  /** Critical flow ratio per stage over the period, or null when readings are missing. */
  double[] flowRatios() {
    int n = junction.stageCount();
    double[] y = new double[n];
    for (int a = 0; a < readings.length; a++) {
      ReadingCollector r = readings[a];
      if (r.validTime() <= 0 || r.validShare() < MIN_COVERAGE) {
        return null;
      }
      double share = r.flowPerHour() / junction.approach(a).saturationFlow();
      for (Stage s : junction.control().stages()) {
        if (junction.approach(a).servedIn(s.index())) {
          y[s.index()] = Math.max(y[s.index()], share);
        }
      }
    }
    return y;
  }

  private static String rounded(double[] g) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < g.length; i++) {
      b.append(i == 0 ? "" : ", ").append(Math.round(g[i]));
    }
    return b.append(']').toString();
  }
}
