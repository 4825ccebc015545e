package org.citysim.sim.scenario;

import java.util.Arrays;

/**
 * A piecewise-constant time-of-day profile: factor {@code factors[i]} applies during
 * {@code [start + i*interval, start + (i+1)*interval)}; outside that span the factor is 0. The
 * flat profile has one factor 1 spanning the whole day.
 *
 * @param start    time the first factor starts [s since midnight]
 * @param interval length of each factor's span [s]
 * @param factors  non-negative multipliers of the demand rates
 */
public record TimeProfile(double start, double interval, double[] factors) {

  public TimeProfile {
    if (!(interval > 0) || factors.length == 0) {
      throw new IllegalArgumentException("profile needs a positive interval and factors");
    }
    for (double f : factors) {
      if (!(f >= 0)) {
        throw new IllegalArgumentException("profile factors must be >= 0");
      }
    }
    factors = factors.clone();
  }

  /** Factor 1 all day. */
  public static TimeProfile flat() {
    return new TimeProfile(0, 86_400, new double[] {1.0});
  }

  /** Factor at time {@code t} [s]. */
  public double factorAt(double t) {
    if (t < start) {
      return 0;
    }
    int i = (int) Math.floor((t - start) / interval);
    return i < factors.length ? factors[i] : 0;
  }

  @Override
  public double[] factors() {
    return factors.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeProfile p && p.start == start && p.interval == interval
        && Arrays.equals(p.factors, factors);
  }

  @Override
  public int hashCode() {
    return Double.hashCode(start) * 31 + Arrays.hashCode(factors);
  }

  @Override
  public String toString() {
    return "TimeProfile[start=" + start + ", interval=" + interval + ", factors="
        + Arrays.toString(factors) + "]";
  }
}
