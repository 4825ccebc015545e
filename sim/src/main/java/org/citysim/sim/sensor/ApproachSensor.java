package org.citysim.sim.sensor;

/**
 * A sensor watching one approach (incoming link) of a junction, as controllers see it.
 * Everything here is what the sensor reports, including its errors and dropouts.
 */
public interface ApproachSensor {
  /** The link watched (its id in the network). */
  String link();

  /** What kind of sensor this is. */
  SensorKind kind();

  /** The last completed aggregation interval; null before the first one ends. */
  SensorReading last();

  /**
   * Vehicles the sensor sees on the approach now [veh] (queued or moving towards the stop line);
   * NaN while it is dropped out.
   */
  double vehicles();

  /** Vehicles the sensor sees waiting at the stop line now [veh]; NaN while dropped out. */
  double queue();

  /**
   * When a vehicle was last seen crossing the stop line [s]; negative infinity if never. Used
   * for gap-out by actuated control.
   */
  double lastPassage();

  /** True while the sensor is dropped out (no data). */
  boolean droppedOut();
}
