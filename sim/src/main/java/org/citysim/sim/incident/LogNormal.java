package org.citysim.sim.incident;

import org.citysim.sim.random.RandomStream;

/**
 * A lognormal duration given by its mean and standard deviation [s] (not those of its log), as
 * incident clearance times are usually reported; a standard deviation of 0 gives the mean.
 *
 * @param mean mean [s], positive or 0
 * @param sd   standard deviation [s], 0 or more
 */
public record LogNormal(double mean, double sd) {
  public LogNormal {
    if (!(mean >= 0) || Double.isInfinite(mean) || !(sd >= 0) || Double.isInfinite(sd)) {
      throw new IllegalArgumentException("mean and sd must be finite and >= 0, got " + mean
          + " and " + sd);
    }
  }

  /** A fixed duration [s]. */
  public static LogNormal fixed(double seconds) {
    return new LogNormal(seconds, 0);
  }

  /** One draw [s]; uses one Gaussian of {@code random}, also when the sd is 0. */
  public double draw(RandomStream random) {
    double z = random.gaussian();
    if (sd == 0 || mean == 0) {
      return mean;
    }
    double s2 = Math.log(1 + (sd * sd) / (mean * mean));
    return Math.exp(Math.log(mean) - s2 / 2 + Math.sqrt(s2) * z);
  }
}
