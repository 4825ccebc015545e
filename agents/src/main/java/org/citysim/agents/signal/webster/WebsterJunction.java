package org.citysim.agents.signal.webster;

import org.citysim.agents.signal.JunctionSensors;
import org.citysim.agents.signal.ReadingCollector;
import org.citysim.sim.agent.AgentContext;
import org.citysim.sim.signal.Stage;

/**
 * Webster retiming of one junction. Each approach's flow over the period comes from its sensor's
 * interval counts; a stage's critical flow ratio is the highest flow / saturation flow among the
 * approaches it serves (an approach served in k stages gives each a k-th of its flow, since link
 * sensors cannot tell its movements apart).
 */
final class WebsterJunction {
  /** Share of the period an approach's readings must cover for its flow to count [-]. */
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
    int n = junction.stageCount();
    double lost = junction.control().lostTime();
    if (n * config.minGreen() + lost > config.maxCycle()) {
      throw new IllegalArgumentException("junction '" + junction.id() + "' has " + n
          + " stages and " + lost + " s of intergreen: " + n + " x minGreen + intergreen = "
          + (n * config.minGreen() + lost) + " s exceeds maxCycle " + config.maxCycle() + " s");
    }
  }

  /** Takes the latest sensor intervals. */
  void poll() {
    for (ReadingCollector r : readings) {
      r.poll();
    }
  }

  /** End of a period: retime from its counts, or hold the plan if they are not usable. */
  void decide() {
    poll();
    String id = junction.id();
    double[] y = flowRatios(config.period());
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
  double[] flowRatios(double period) {
    int n = junction.stageCount();
    double[] y = new double[n];
    for (int a = 0; a < readings.length; a++) {
      ReadingCollector r = readings[a];
      if (r.validTime() < MIN_COVERAGE * period) {
        return null;
      }
      double share = r.flowPerHour() / junction.stagesServing(a)
          / junction.approach(a).saturationFlow();
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
