package org.citysim.sim.metrics;

import java.util.Objects;

/**
 * What one signalised junction did over a run, measured on its approaches (the links that end
 * at it). A vehicle counts when it leaves an approach into the junction; vehicles that end
 * their trip on an approach never cross the junction and are left out, and so are vehicles
 * still on an approach at the end of the run.
 *
 * @param junction         node id
 * @param approaches       links that end at the junction
 * @param vehicles         vehicles that left an approach into the junction [veh]
 * @param controlDelayMean average control delay [s/veh]: time on the approach minus its
 *                         free-flow time, averaged over {@code vehicles}; NaN when none
 * @param los              HCM level of service from {@code controlDelayMean}; null when no
 *                         vehicle was served
 * @param stops            vehicles whose approach delay exceeded the stop threshold [veh]
 * @param queueMax         largest queue at any instant: vehicles on the approaches past their
 *                         free-flow exit time [veh]
 * @param queueMean        time-average of that queue over the run [veh]; NaN for an empty
 *                         time window
 * @param throughput       {@code vehicles} per hour of simulated time [veh/h]
 */
public record JunctionStats(
    String junction, int approaches, long vehicles, double controlDelayMean,
    LevelOfService los, long stops, int queueMax, double queueMean, double throughput) {

  public JunctionStats {
    Objects.requireNonNull(junction);
    if (vehicles < 0 || stops < 0 || stops > vehicles) {
      throw new IllegalArgumentException("need 0 <= stops <= vehicles: " + stops + ", "
          + vehicles);
    }
  }

  /** Stops per vehicle served at this junction (0 to 1); NaN when none was served. */
  public double stopRate() {
    return vehicles == 0 ? Double.NaN : (double) stops / vehicles;
  }

  /** Total control delay of the vehicles served [s]. */
  public double controlDelayTotal() {
    return vehicles == 0 ? 0 : controlDelayMean * vehicles;
  }
}
