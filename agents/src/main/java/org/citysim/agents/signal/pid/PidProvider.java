package org.citysim.agents.signal.pid;

import java.util.ArrayList;
import java.util.List;
import org.citysim.agents.signal.JunctionSensors;
import org.citysim.agents.signal.Junctions;
import org.citysim.sim.agent.Agent;
import org.citysim.sim.agent.AgentContext;
import org.citysim.sim.forecast.ForecastFeed;
import org.citysim.sim.agent.AgentProvider;
import org.citysim.sim.signal.SignalControl;

/**
 * {@code pid}: incremental PID on the green splits, once per cycle. Records per junction
 * {@code <id>/cycle} [s], {@code <id>/green-split} (stage 0's share of the green) [-] and
 * {@code <id>/error} (stage 0's error) [-]; raises {@code hold} when sensor readings go missing,
 * and at the start {@code not-controlled} (single-stage junctions) and {@code bounds} (green
 * bounds that do not fit the cycle bounds). With a {@code forecast} model, the greens mix in a
 * feed-forward split of the predicted arrivals (weight {@code feedForward}), recorded as {@code
 * <id>/ff-split} (stage 0's share of the predicted flow ratios) [-].
 */
public final class PidProvider implements AgentProvider<PidConfig> {
  @Override
  public String id() {
    return "pid";
  }

  @Override
  public String description() {
    return "incremental PID on green splits from queue imbalance or occupancy, once per cycle";
  }

  @Override
  public Class<PidConfig> configType() {
    return PidConfig.class;
  }

  @Override
  public PidConfig defaults() {
    return PidConfig.DEFAULTS;
  }

  @Override
  public Agent create(PidConfig config, AgentContext context) {
    List<PidJunction> junctions = new ArrayList<>();
    ForecastFeed feed = config.forecast().isEmpty() ? null : context.forecasts(config.forecast());
    for (SignalControl c : Junctions.take(context, config.junctions(), config.minGreen())) {
      junctions.add(new PidJunction(JunctionSensors.of(c, context, config.sensor()), config,
          context, feed));
    }
    return () -> {
      junctions.removeIf(j -> !j.start());
      double t0 = context.now();
      context.every(t0 + config.sampleInterval(), config.sampleInterval(),
          () -> junctions.forEach(PidJunction::sample));
    };
  }
}
