package org.citysim.sim.pollution;

import java.util.List;

/**
 * Wind as a step function of time: each {@link WindPeriod} holds from its start until the next
 * one starts. Before the first start the first period holds, so a timeline always answers.
 */
public final class WindTimeline {
  private final List<WindPeriod> periods;
  private final double[] starts;

  /**
   * @param periods at least one, with strictly increasing start times
   * @throws IllegalArgumentException naming the offending period otherwise
   */
  public WindTimeline(List<WindPeriod> periods) {
    if (periods == null || periods.isEmpty()) {
      throw new IllegalArgumentException("wind timeline needs at least one period");
    }
    this.periods = List.copyOf(periods);
    starts = new double[this.periods.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = this.periods.get(i).from();
      if (i > 0 && !(starts[i] > starts[i - 1])) {
        throw new IllegalArgumentException("wind period " + (i + 1) + " starts at " + starts[i]
            + " s, not after period " + i + " at " + starts[i - 1]
            + " s; list periods in increasing time");
      }
    }
  }

  /** A constant wind. */
  public static WindTimeline constant(double speed, double direction) {
    return new WindTimeline(List.of(new WindPeriod(0, speed, direction)));
  }

  /** The wind at time {@code t} [s]: the last period that starts at or before it. */
  public WindPeriod at(double t) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= t) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return periods.get(lo);
  }

  /** The periods in time order. */
  public List<WindPeriod> periods() {
    return periods;
  }
}
