package org.citysim.sim.sensor;

/** Where agents get their sensors. Sensors are created on first request and then shared. */
public interface Sensors {
  /**
   * The sensor of {@code kind} on the approach {@code linkId}.
   *
   * @throws IllegalArgumentException if the network has no such link
   */
  ApproachSensor approach(String linkId, SensorKind kind);
}
