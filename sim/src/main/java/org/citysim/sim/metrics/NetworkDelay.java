package org.citysim.sim.metrics;

/**
 * Delay against free flow of every vehicle of a run, up to its end.
 *
 * @param total    delay summed over vehicles [s]: on every link, time spent beyond the link's
 *                 free-flow time (up to the end time for a vehicle still on it), plus the wait
 *                 from planned departure to entering the first link
 * @param vehicles vehicles that departed [veh]
 */
public record NetworkDelay(double total, long vehicles) {
  /** Mean delay per departed vehicle [s/veh]; NaN when none departed. */
  public double mean() {
    return vehicles == 0 ? Double.NaN : total / vehicles;
  }

  /** Total delay in vehicle-hours [veh-h]. */
  public double vehicleHours() {
    return total / 3600.0;
  }
}
