package org.citysim.agents.forecast;

import org.citysim.sim.agent.Agent;
import org.citysim.sim.agent.AgentContext;
import org.citysim.sim.agent.AgentProvider;

/**
 * {@code congestion-warning}: warns of congestion a learned forecaster predicts, before it is
 * measured. Raises {@code congestion-warning} events and {@code congestion-onset} events (with
 * whether it was warned, and the lead time); records {@code sensors-warned} [sensors], {@code
 * onsets-warned} and {@code onsets-missed} (cumulative counts) and {@code lead-time} [s] at each
 * warned onset.
 */
public final class CongestionWarningProvider implements AgentProvider<WarningConfig> {
  @Override
  public String id() {
    return "congestion-warning";
  }

  @Override
  public String description() {
    return "early congestion warnings from a learned forecaster's predicted occupancy and speed";
  }

  @Override
  public Class<WarningConfig> configType() {
    return WarningConfig.class;
  }

  @Override
  public WarningConfig defaults() {
    return WarningConfig.DEFAULTS;
  }

  @Override
  public Agent create(WarningConfig config, AgentContext context) {
    if (config.model().isEmpty()) {
      throw new IllegalArgumentException("model is required: the forecaster's model file, e.g."
          + " models/forecast-town.zip (citysim train forecaster makes one)");
    }
    CongestionWarning w = new CongestionWarning(config, context,
        context.forecasts(config.model()));
    return w::start;
  }
}
