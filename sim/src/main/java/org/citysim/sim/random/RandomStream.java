package org.citysim.sim.random;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * One component's random numbers. Backed by commons-math3's WELL19937c generator (a published,
 * version-stable algorithm, so streams reproduce across JVMs and releases); the third-party type
 * stays inside this class.
 */
public final class RandomStream {
  private final RandomGenerator rng;

  RandomStream(long key) {
    this.rng = new Well19937c(new int[] {(int) (key >>> 32), (int) key, 0x5eed, 0xc17});
  }

  /** Uniform in [0, 1). */
  public double uniform() {
    return rng.nextDouble();
  }

  /** Uniform in [a, b). */
  public double uniform(double a, double b) {
    return a + (b - a) * rng.nextDouble();
  }

  /** Uniform integer in [0, n). */
  public int nextInt(int n) {
    return rng.nextInt(n);
  }

  /** Uniform over all {@code long} values (for instance a seed derived for a sub-run). */
  public long nextLong() {
    return rng.nextLong();
  }

  /** Exponential with the given rate [1/unit], mean 1/rate. */
  public double exponential(double rate) {
    if (!(rate > 0)) {
      throw new IllegalArgumentException("rate must be positive");
    }
    return -Math.log(1.0 - rng.nextDouble()) / rate;
  }

  /** Standard normal. */
  public double gaussian() {
    return rng.nextGaussian();
  }

  /** Poisson count with the given mean (0 for a mean of 0). */
  public int poisson(double mean) {
    if (mean < 0) {
      throw new IllegalArgumentException("mean must be >= 0");
    }
    if (mean == 0) {
      return 0;
    }
    return new PoissonDistribution(rng, mean, PoissonDistribution.DEFAULT_EPSILON,
        PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
  }
}
