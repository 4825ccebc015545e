package org.citysim.agents.signal.maxpressure;

import java.util.ArrayList;
import java.util.List;
import org.citysim.agents.signal.JunctionSensors;
import org.citysim.agents.signal.Junctions;
import org.citysim.sim.agent.Agent;
import org.citysim.sim.agent.AgentContext;
import org.citysim.sim.agent.AgentProvider;
import org.citysim.sim.signal.SignalControl;

/**
 * {@code max-pressure}: Varaiya's max-pressure stage selection every decision interval. Records
 * per junction {@code <id>/stage} at each stage start and {@code <id>/green} [s] at each end.
 */
public final class MaxPressureProvider implements AgentProvider<MaxPressureConfig> {
  @Override
  public String id() {
    return "max-pressure";
  }

  @Override
  public String description() {
    return "max-pressure stage selection (Varaiya 2013) from upstream queues and downstream"
        + " occupancy";
  }

  @Override
  public Class<MaxPressureConfig> configType() {
    return MaxPressureConfig.class;
  }

  @Override
  public MaxPressureConfig defaults() {
    return MaxPressureConfig.DEFAULTS;
  }

  @Override
  public Agent create(MaxPressureConfig config, AgentContext context) {
    List<MaxPressureJunction> junctions = new ArrayList<>();
    for (SignalControl c : Junctions.take(context, config.junctions(), config.minGreen())) {
      JunctionSensors js = JunctionSensors.of(c, context, config.sensor());
      junctions.add(new MaxPressureJunction(new Pressures(js, context, config.downstream()),
          config, context));
    }
    return () -> junctions.forEach(MaxPressureJunction::start);
  }
}
