package org.citysim.sim.sensor;

import java.util.Locale;

/** Vehicle classes a camera tells apart. */
public enum VehicleClass {
  CAR,
  BUS,
  TRUCK;

  /** Lower-case name as written in scenarios and outputs, e.g. {@code truck}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
