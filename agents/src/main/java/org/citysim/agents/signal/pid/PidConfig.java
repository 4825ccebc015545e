package org.citysim.agents.signal.pid;

import java.util.List;
import org.citysim.agents.signal.Checks;
import org.citysim.sim.sensor.SensorKind;

/**
 * Config of the {@code pid} controller.
 *
 * @param junctions      junction ids, or {@code all}
 * @param sensor         approach sensors: {@code loop} or {@code camera}
 * @param variable       controlled variable: {@code queue-imbalance} or {@code occupancy}
 * @param setPoint       target stop-line occupancy for {@code occupancy} [0..1]; unused for
 *                       {@code queue-imbalance}, whose target is balance
 * @param kp             proportional gain [s of green per unit error]
 * @param ki             integral gain [s of green per unit error and s]
 * @param kd             derivative gain [s of green x s per unit error]
 * @param minGreen       minimum green per stage [s]; at least the junction's safety floor
 * @param maxGreen       maximum green per stage [s]
 * @param cycle          cycle kept by {@code queue-imbalance} [s]; 0: the junction's base cycle
 * @param minCycle       shortest cycle for {@code occupancy} [s]; also bounds {@code cycle}
 * @param maxCycle       longest cycle for {@code occupancy} [s]; also bounds {@code cycle}
 * @param sampleInterval how often queues are sampled for the per-cycle mean [s]
 * @param forecast       a learned forecaster's model file (relative to the scenario), whose
 *                       predicted arrivals are fed forward into the greens; empty for none
 * @param feedForward    weight of the feed-forward greens against the PID's [0..1]: each
 *                       decision's greens are {@code (1 - w) * PID + w * FF}, with FF the
 *                       total green split in proportion to the stages' predicted flow ratios
 */
public record PidConfig(List<String> junctions, SensorKind sensor, Variable variable,
    double setPoint, double kp, double ki, double kd, double minGreen, double maxGreen,
    double cycle, double minCycle, double maxCycle, double sampleInterval, String forecast,
    double feedForward) {
  /**
   * Defaults: queue balance on the base cycle with gentle gains, Kp 1 s and Ki 0.01 /s (an
   * error of 0.5 held over a 60 s cycle moves a green by 0.3 s per cycle), no derivative. Of
   * Kp/Ki = 4/0.05, 2/0.02 and 1/0.01 all beat the base plans on grid-town but only 1/0.01 did
   * on Pasubio: stronger gains chase queues that spillback, not green, holds up. Occupancy set-point 0.3 (ALINEA's critical occupancy is 0.18 to 0.30, for
   * freeway detectors; tune it per scenario).
   */
  public static final PidConfig DEFAULTS = new PidConfig(List.of("all"), SensorKind.LOOP,
      Variable.QUEUE_IMBALANCE, 0.3, 1, 0.01, 0, 7, 90, 0, 40, 150, 5, "", 0.3);

  /** What the controller regulates. */
  public enum Variable {
    /**
     * Balance of the stages' queues: error of stage i is {@code (Q_i - Q̄) / max(Q̄, 1 veh)},
     * with {@code Q_i} the mean queue per lane on the stage's most loaded approach over the
     * cycle and {@code Q̄} their mean; for two stages {@code (Q_0 - Q_1) / max(Q_0 + Q_1, 2)}.
     * The cycle stays fixed; the PIDs move green between stages.
     */
    QUEUE_IMBALANCE,
    /**
     * Stop-line occupancy: error of stage i is {@code o_i - setPoint}, with {@code o_i} the
     * highest mean occupancy of its approaches over the cycle. Each stage's green follows its
     * own error, and the cycle follows the greens within its bounds.
     */
    OCCUPANCY
  }

  public PidConfig {
    junctions = Checks.junctions(junctions);
    if (sensor == null) {
      throw new IllegalArgumentException("sensor must be loop or camera");
    }
    if (variable == null) {
      throw new IllegalArgumentException("variable must be queue-imbalance or occupancy");
    }
    Checks.range("setPoint", setPoint, 0, 1, "(occupancy share)");
    Checks.nonNegative("kp", kp, "s");
    Checks.nonNegative("ki", ki, "");
    Checks.nonNegative("kd", kd, "s2");
    Checks.positive("minGreen", minGreen, "s");
    Checks.ordered("minGreen", minGreen, "maxGreen", maxGreen);
    Checks.positive("minCycle", minCycle, "s");
    Checks.ordered("minCycle", minCycle, "maxCycle", maxCycle);
    if (cycle != 0) {
      Checks.range("cycle", cycle, minCycle, maxCycle, "s (or 0 for the base cycle)");
    }
    Checks.range("sampleInterval", sampleInterval, 1, 300, "s");
    forecast = forecast == null ? "" : forecast.strip();
    Checks.range("feedForward", feedForward, 0, 1, "(weight of the forecast greens)");
  }
}
