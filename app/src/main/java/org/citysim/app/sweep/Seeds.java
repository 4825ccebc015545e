package org.citysim.app.sweep;

/**
 * The scenario seed of each run of a sweep. With common random numbers (the default)
 * replication r gets the same seed at every design point, so the kernel's named streams draw
 * the same numbers for the same purposes and differences between points are not masked by
 * noise; without them every (point, replication) gets a seed of its own. Either way seeds are
 * a pure function of the sweep seed and the indices.
 */
public final class Seeds {
  private Seeds() {}

  /**
   * The seed of a run.
   *
   * @param sweepSeed   the sweep file's seed
   * @param point       design point index
   * @param replication replication index
   * @param common      common random numbers across points
   * @return a non-negative seed
   */
  public static long of(long sweepSeed, int point, int replication, boolean common) {
    long h = mix(sweepSeed ^ 0x5EEDL);
    h = mix(h + replication + 1);
    if (!common) {
      h = mix(h ^ (0x9E3779B97F4A7C15L * (point + 1)));
    }
    return h >>> 1;
  }

  /** SplitMix64's finaliser: a bijection that spreads nearby inputs over all 64 bits. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
