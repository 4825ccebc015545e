package org.citysim.sim.scenario;

/**
 * Parameters of the mesoscopic queue model.
 *
 * @param cellSize  space one stopped vehicle takes in a lane [m] (jam spacing, default 7.5)
 * @param holeSpeed speed at which freed space travels upstream [m/s] (default 15 km/h); 0 turns
 *                  holes off, so freed space is usable at once
 * @param stuckTime a vehicle blocked this long by a full downstream link is let through anyway,
 *                  so gridlock cannot freeze a run [s] (default 300); counted from when it was
 *                  first blocked, red time in between included
 */
public record TrafficSpec(double cellSize, double holeSpeed, double stuckTime) {
  public TrafficSpec {
    if (!(cellSize > 0) || !(holeSpeed >= 0) || !(stuckTime > 0)) {
      throw new IllegalArgumentException("cellSize and stuckTime > 0, holeSpeed >= 0 required");
    }
  }

  /** The defaults. */
  public static TrafficSpec defaults() {
    return new TrafficSpec(7.5, 15 / 3.6, 300);
  }
}
