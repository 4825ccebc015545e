package org.citysim.agents.signal.webster;

import java.util.List;
import org.citysim.agents.signal.Checks;
import org.citysim.sim.sensor.SensorKind;

/**
 * Config of the {@code webster} controller.
 *
 * @param junctions    junction ids, or {@code all}
 * @param sensor       approach sensors to count flows with: {@code loop} or {@code camera}
 * @param period       time between retimings, over which flows are counted [s]
 * @param minGreen     minimum green per stage [s]; at least the junction's safety floor
 * @param maxGreen     maximum green per stage [s]
 * @param minCycle     shortest cycle [s]
 * @param maxCycle     longest cycle [s], also the cycle when oversaturated
 * @param maxFlowRatio {@code Y} from which a junction counts as oversaturated [-], in (0, 1)
 */
public record WebsterConfig(List<String> junctions, SensorKind sensor, double period,
    double minGreen, double maxGreen, double minCycle, double maxCycle, double maxFlowRatio) {
  /**
   * Defaults: 15-minute periods (the usual count interval), minimum green 7 s, cycles of 40 to
   * 150 s as commonly recommended for Webster's formula, oversaturated from Y = 0.95.
   */
  public static final WebsterConfig DEFAULTS = new WebsterConfig(List.of("all"),
      SensorKind.LOOP, 900, 7, 120, 40, 150, 0.95);

  public WebsterConfig {
    junctions = Checks.junctions(junctions);
    if (sensor == null) {
      throw new IllegalArgumentException("sensor must be loop or camera");
    }
    Checks.range("period", period, 60, 86_400, "s");
    Checks.positive("minGreen", minGreen, "s");
    Checks.ordered("minGreen", minGreen, "maxGreen", maxGreen);
    Checks.positive("minCycle", minCycle, "s");
    Checks.ordered("minCycle", minCycle, "maxCycle", maxCycle);
    Checks.range("maxFlowRatio", maxFlowRatio, 0.5, 0.99, "");
  }
}
