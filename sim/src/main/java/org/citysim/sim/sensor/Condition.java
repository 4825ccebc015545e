package org.citysim.sim.sensor;

import java.util.Locale;

/**
 * The seeing condition that governs a camera's detection rates at a moment: daylight in clear
 * weather, night, rain or fog (see {@link ConditionTimeline} for which one applies when it rains
 * at night).
 */
public enum Condition {
  DAY,
  NIGHT,
  RAIN,
  FOG;

  /** Lower-case name as written in scenarios and outputs, e.g. {@code night}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
