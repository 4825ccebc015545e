package org.citysim.agents.signal.actuated;

import java.util.ArrayList;
import java.util.List;
import org.citysim.agents.signal.JunctionSensors;
import org.citysim.agents.signal.Junctions;
import org.citysim.sim.agent.Agent;
import org.citysim.sim.agent.AgentContext;
import org.citysim.sim.agent.AgentProvider;
import org.citysim.sim.signal.SignalControl;

/**
 * {@code actuated}: minimum green, passage-time extensions, gap-out and max-out, stage skipping.
 * Records per junction {@code <id>/stage} at each stage start and {@code <id>/green} [s] at each
 * stage end.
 */
public final class ActuatedProvider implements AgentProvider<ActuatedConfig> {
  @Override
  public String id() {
    return "actuated";
  }

  @Override
  public String description() {
    return "fully actuated control: min green, passage-time extension, gap-out, max-out,"
        + " stage skipping (FHWA Signal Timing Manual)";
  }

  @Override
  public Class<ActuatedConfig> configType() {
    return ActuatedConfig.class;
  }

  @Override
  public ActuatedConfig defaults() {
    return ActuatedConfig.DEFAULTS;
  }

  @Override
  public Agent create(ActuatedConfig config, AgentContext context) {
    List<ActuatedJunction> junctions = new ArrayList<>();
    for (SignalControl c : Junctions.take(context, config.junctions(), config.minGreen())) {
      junctions.add(new ActuatedJunction(JunctionSensors.of(c, context, config.sensor()), config,
          context));
    }
    return () -> junctions.forEach(ActuatedJunction::start);
  }
}
