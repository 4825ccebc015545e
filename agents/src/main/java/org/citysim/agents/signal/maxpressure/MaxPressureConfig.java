package org.citysim.agents.signal.maxpressure;

import java.util.List;
import org.citysim.agents.signal.Checks;
import org.citysim.sim.sensor.SensorKind;

/**
 * Config of the {@code max-pressure} controller.
 *
 * @param junctions        junction ids, or {@code all}
 * @param sensor           sensors on approaches and downstream links: {@code loop} or
 *                         {@code camera}
 * @param minGreen         minimum green before the first decision of a stage [s]; at least the
 *                         junction's safety floor
 * @param maxGreen         longest green while another stage has positive pressure [s]
 * @param decisionInterval time between decisions while a stage holds [s] (Varaiya's slot)
 * @param downstream       whether to subtract the vehicles on each movement's downstream link
 *                         (read by a sensor there); false: upstream queues only
 */
public record MaxPressureConfig(List<String> junctions, SensorKind sensor, double minGreen,
    double maxGreen, double decisionInterval, boolean downstream) {
  /** Defaults: minimum green 7 s, decisions every 5 s (Varaiya: 5 to 10 s), max green 90 s. */
  public static final MaxPressureConfig DEFAULTS = new MaxPressureConfig(List.of("all"),
      SensorKind.LOOP, 7, 90, 5, true);

  public MaxPressureConfig {
    junctions = Checks.junctions(junctions);
    if (sensor == null) {
      throw new IllegalArgumentException("sensor must be loop or camera");
    }
    Checks.positive("minGreen", minGreen, "s");
    Checks.ordered("minGreen", minGreen, "maxGreen", maxGreen);
    Checks.range("decisionInterval", decisionInterval, 1, 600, "s");
  }
}
