package org.citysim.agents.signal.actuated;

import java.util.List;
import org.citysim.agents.signal.Checks;
import org.citysim.sim.sensor.SensorKind;

/**
 * Config of the {@code actuated} controller.
 *
 * @param junctions   junction ids, or {@code all}
 * @param sensor      approach sensors: {@code loop} or {@code camera}
 * @param minGreen    minimum green [s]; at least the junction's safety floor
 * @param maxGreen    maximum green [s], timed from the first conflicting call
 * @param passageTime unit extension [s]: each vehicle passing the stop line extends the green to
 *                    this long after it, and the green gaps out when none passes within it (the
 *                    passage time is also the allowed gap, as in NEMA controllers)
 */
public record ActuatedConfig(List<String> junctions, SensorKind sensor, double minGreen,
    double maxGreen, double passageTime) {
  /**
   * Defaults from the FHWA Signal Timing Manual ch. 5: minimum green 7 s (4 to 15 s), passage
   * time 3 s (2 to 4 s), maximum green 45 s (30 to 60 s).
   */
  public static final ActuatedConfig DEFAULTS = new ActuatedConfig(List.of("all"),
      SensorKind.LOOP, 7, 45, 3);

  public ActuatedConfig {
    junctions = Checks.junctions(junctions);
    if (sensor == null) {
      throw new IllegalArgumentException("sensor must be loop or camera");
    }
    Checks.positive("minGreen", minGreen, "s");
    Checks.ordered("minGreen", minGreen, "maxGreen", maxGreen);
    Checks.range("passageTime", passageTime, 0.5, 30, "s");
  }
}
