package org.citysim.sim.random;

import java.nio.charset.StandardCharsets;

/**
 * Factory of named streams for one run. Calling {@link #stream(String)} twice with the same name
 * gives two generators that produce the same sequence: a component asks once and keeps its own.
 */
public final class RandomStreams {
  private final long seed;
  private final int replication;

  /**
   * @param seed        scenario seed
   * @param replication replication index, non-negative
   */
  public RandomStreams(long seed, int replication) {
    if (replication < 0) {
      throw new IllegalArgumentException("replication must be >= 0");
    }
    this.seed = seed;
    this.replication = replication;
  }

  /** The stream for component {@code name} (e.g. "demand", "agent/pid-3"). */
  public RandomStream stream(String name) {
    return new RandomStream(derive(seed, replication, name));
  }

  /** Scenario seed. */
  public long seed() {
    return seed;
  }

  /** Replication index. */
  public int replication() {
    return replication;
  }

  /**
   * Derives a stream key. FNV-1a over the UTF-8 name, then SplitMix64 finalisers mixing in seed
   * and replication: well-spread keys for names that differ in one character, stable across JVMs
   * (String.hashCode would do too, but it is 32-bit and collides easily).
   */
  static long derive(long seed, int replication, String name) {
    long h = 0xcbf29ce484222325L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    long x = mix(seed ^ 0x9E3779B97F4A7C15L);
    x = mix(x ^ (replication * 0xD1B54A32D192ED03L + 1));
    return mix(x ^ h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
