package org.citysim.sim.metrics;

/**
 * Level of service of a signalised junction from its average control delay, with the
 * thresholds of the Highway Capacity Manual for signalised intersections (HCM 2000, 2010,
 * 6th and 7th editions, exhibit "LOS criteria: signalized intersections"): A up to 10 s/veh,
 * B up to 20, C up to 35, D up to 55, E up to 80, F above 80. Each upper bound belongs to the
 * better level (exactly 10.0 s/veh is A).
 *
 * <p>The HCM also gives F whenever the volume-to-capacity ratio exceeds 1; citysim grades by
 * delay alone, which in an oversaturated junction is above 80 s/veh anyway once its queue has
 * built up.
 */
public enum LevelOfService {
  A(10), B(20), C(35), D(55), E(80), F(Double.POSITIVE_INFINITY);

  private final double maxDelay;

  LevelOfService(double maxDelay) {
    this.maxDelay = maxDelay;
  }

  /** Largest average control delay of this level [s/veh]; infinite for F. */
  public double maxDelay() {
    return maxDelay;
  }

  /**
   * The level of an average control delay [s/veh]; null for NaN (no vehicle was served).
   *
   * @throws IllegalArgumentException for a negative delay
   */
  public static LevelOfService ofControlDelay(double delay) {
    if (Double.isNaN(delay)) {
      return null;
    }
    if (delay < 0) {
      throw new IllegalArgumentException("negative control delay: " + delay);
    }
    for (LevelOfService los : values()) {
      if (delay <= los.maxDelay) {
        return los;
      }
    }
    return F;
  }
}
