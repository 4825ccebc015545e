package org.citysim.sim.sensor;

/**
 * One aggregation interval of an approach sensor, as the sensor reports it.
 *
 * @param from      interval start [s]
 * @param to        interval end [s]
 * @param count     vehicles counted passing the stop line [veh]
 * @param occupancy share of the interval the stop-line zone was occupied [0..1]
 * @param meanSpeed mean speed over the approach of the vehicles counted [m/s]; NaN if none
 * @param valid     false when the sensor dropped out for this interval (the other values are
 *                  then meaningless and a controller should hold its last decision)
 */
public record SensorReading(double from, double to, double count, double occupancy,
    double meanSpeed, boolean valid) {
  /** Flow rate over the interval [veh/h]. */
  public double flowPerHour() {
    return count * 3600.0 / (to - from);
  }
}
