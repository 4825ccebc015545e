package org.citysim.agents.signal.webster;

import java.util.ArrayList;
import java.util.List;
import org.citysim.agents.signal.JunctionSensors;
import org.citysim.agents.signal.Junctions;
import org.citysim.sim.agent.Agent;
import org.citysim.sim.agent.AgentContext;
import org.citysim.sim.agent.AgentProvider;
import org.citysim.sim.signal.SignalControl;

/**
 * {@code webster}: retimes every {@code period} by Webster's method from counted flows.
 * Records per junction {@code <id>/cycle} [s], {@code <id>/flow-ratio} (Y) [-] and
 * {@code <id>/green-split} (stage 0's share of the green) [-]; raises {@code plan-change} when the
 * cycle moves by 10 % or more, {@code oversaturated}, {@code hold} (sensor readings missing), and
 * at the start {@code not-controlled} (single-stage junctions) and {@code bounds} (minimum greens
 * that do not fit in the longest cycle).
 */
public final class WebsterProvider implements AgentProvider<WebsterConfig> {
  /**
   * How often sensor intervals are collected at most [s]; sooner when the sensors aggregate
   * over shorter intervals, so that none is missed.
   */
  static final double POLL = 15;

  @Override
  public String id() {
    return "webster";
  }

  @Override
  public String description() {
    return "Webster (1958) retiming: cycle and splits from counted flows every period";
  }

  @Override
  public Class<WebsterConfig> configType() {
    return WebsterConfig.class;
  }

  @Override
  public WebsterConfig defaults() {
    return WebsterConfig.DEFAULTS;
  }

  @Override
  public Agent create(WebsterConfig config, AgentContext context) {
    List<WebsterJunction> junctions = new ArrayList<>();
    for (SignalControl c : Junctions.take(context, config.junctions(), config.minGreen())) {
      junctions.add(new WebsterJunction(JunctionSensors.of(c, context, config.sensor()), config,
          context));
    }
    return () -> {
      junctions.removeIf(j -> !j.start());
      double t0 = context.now();
      poll(junctions, context, t0 + 1);
      context.every(t0 + config.period(), config.period(),
          () -> junctions.forEach(WebsterJunction::decide));
    };
  }

  private static void poll(List<WebsterJunction> junctions, AgentContext context, double at) {
    context.schedule(at, () -> {
      double shortest = Double.POSITIVE_INFINITY;
      for (WebsterJunction j : junctions) {
        shortest = Math.min(shortest, j.poll());
      }
      // Every second until the first interval ends (its length is not known before), then
      // twice per interval at least, so that rounding never lets one slip between two polls.
      double next = Double.isInfinite(shortest) ? 1 : Math.max(0.5, Math.min(POLL, shortest / 2));
      poll(junctions, context, context.now() + next);
    });
  }
}
