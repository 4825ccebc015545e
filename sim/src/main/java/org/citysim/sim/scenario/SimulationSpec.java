package org.citysim.sim.scenario;

/**
 * The simulated time window and the randomness of a run.
 *
 * @param start       start time [s since midnight]
 * @param end         end time [s since midnight], after {@code start}
 * @param seed        scenario seed; every random stream derives from (seed, replication, name)
 * @param replication replication index (sweeps use 0, 1, 2, ...), non-negative
 */
public record SimulationSpec(double start, double end, long seed, int replication) {
  public SimulationSpec {
    if (!(start >= 0) || !(end > start)) {
      throw new IllegalArgumentException("need 0 <= start < end, got " + start + " .. " + end);
    }
    if (replication < 0) {
      throw new IllegalArgumentException("replication must be >= 0, got " + replication);
    }
  }

  /** Length of the window [s]. */
  public double duration() {
    return end - start;
  }
}
