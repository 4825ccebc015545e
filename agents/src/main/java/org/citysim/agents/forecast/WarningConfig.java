package org.citysim.agents.forecast;

import org.citysim.agents.signal.Checks;

/**
 * Config of the {@code congestion-warning} agent.
 *
 * @param model      the forecaster's model file (relative to the scenario)
 * @param occupancy  occupancy at or above which a sensor's link counts as congested [0..1]
 * @param speedRatio speed at or below this share of the link's free speed counts as congested
 *                   [0..1]
 * @param horizon    how far ahead to warn [s]: horizons of the model beyond it are ignored
 */
public record WarningConfig(String model, double occupancy, double speedRatio, double horizon) {
  /**
   * Defaults: occupancy 0.3 (the upper end of ALINEA's critical occupancy, 0.18 to 0.30) or
   * half the free speed, up to 30 minutes ahead. No model: it must be given.
   */
  public static final WarningConfig DEFAULTS = new WarningConfig("", 0.3, 0.5, 1800);

  public WarningConfig {
    model = model == null ? "" : model.strip();
    Checks.range("occupancy", occupancy, 0, 1, "(share of time)");
    Checks.range("speedRatio", speedRatio, 0, 1, "(share of free speed)");
    Checks.positive("horizon", horizon, "s");
  }
}
