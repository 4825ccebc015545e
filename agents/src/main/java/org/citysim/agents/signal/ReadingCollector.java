package org.citysim.agents.signal;

import org.citysim.sim.sensor.ApproachSensor;
import org.citysim.sim.sensor.SensorReading;

/**
 * Collects the interval readings of one sensor over a control period. Sensors report their last
 * completed interval ({@link ApproachSensor#last()}); {@link #poll()} takes each interval once,
 * however often it is called, so a controller polls more often than the aggregation interval and
 * misses none. Dropped-out intervals are counted apart and add nothing.
 */
public final class ReadingCollector {
  private final ApproachSensor sensor;
  private double lastFrom = Double.NaN;
  private double count;
  private double validTime;
  private double occupiedTime;
  private int invalid;
  private double invalidTime;
  private double shortest = Double.POSITIVE_INFINITY;

  public ReadingCollector(ApproachSensor sensor) {
    this.sensor = sensor;
  }

  /** Takes the sensor's latest interval if it has not been taken yet. */
  public void poll() {
    SensorReading r = sensor.last();
    if (r == null || r.from() == lastFrom) {
      return;
    }
    lastFrom = r.from();
    double d = r.to() - r.from();
    if (d > 0) {
      shortest = Math.min(shortest, d);
    }
    if (!r.valid() || !(d > 0) || !Double.isFinite(r.count()) || !Double.isFinite(
        r.occupancy())) {
      invalid++;
      invalidTime += Math.max(0, d);
      return;
    }
    count += r.count();
    validTime += d;
    occupiedTime += r.occupancy() * d;
  }

  /** Vehicles counted in the valid intervals since the last reset [veh]. */
  public double count() {
    return count;
  }

  /** Length of the valid intervals since the last reset [s]. */
  public double validTime() {
    return validTime;
  }

  /** Flow over the valid intervals [veh/h]; NaN if there were none. */
  public double flowPerHour() {
    return validTime > 0 ? count * 3600.0 / validTime : Double.NaN;
  }

  /** Mean occupancy over the valid intervals [0..1]; NaN if there were none. */
  public double occupancy() {
    return validTime > 0 ? occupiedTime / validTime : Double.NaN;
  }

  /** Intervals lost to dropouts since the last reset. */
  public int invalidIntervals() {
    return invalid;
  }

  /** Length of the dropped-out intervals since the last reset [s]. */
  public double invalidTime() {
    return invalidTime;
  }

  /** Share of the intervals taken since the last reset that were valid, by time [0..1]. */
  public double validShare() {
    double all = validTime + invalidTime;
    return all > 0 ? validTime / all : 0;
  }

  /**
   * The shortest aggregation interval seen so far [s] (infinite before the first reading): a
   * caller polls at least this often to take every interval.
   */
  public double shortestInterval() {
    return shortest;
  }

  /** Starts a new period. */
  public void reset() {
    count = 0;
    validTime = 0;
    occupiedTime = 0;
    invalid = 0;
    invalidTime = 0;
  }
}
