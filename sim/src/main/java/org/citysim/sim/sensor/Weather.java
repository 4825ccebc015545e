package org.citysim.sim.sensor;

import java.util.Locale;

/** Weather as a camera's detection rates see it. */
public enum Weather {
  CLEAR,
  RAIN,
  /** Fog, and anything else that hides vehicles as much (snow, sand, heavy spray). */
  FOG;

  /** Lower-case name as written in scenarios, e.g. {@code rain}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
