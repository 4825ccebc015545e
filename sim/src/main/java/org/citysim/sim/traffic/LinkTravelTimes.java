package org.citysim.sim.traffic;

import org.citysim.sim.network.RoadNetwork;

/**
 * The travel times of the links of a {@link QueueTrafficModel} as routing on current conditions
 * sees them: per link its free-flow travel time and the smoothed travel time of the vehicles
 * that recently left it, which returns to free flow while the link is empty. The model tells it
 * every vehicle that enters or leaves a link.
 */
final class LinkTravelTimes {
  /** Weight of the latest traversal in the smoothed link travel time. */
  static final double SMOOTHING = 0.2;
  /**
   * Time constant with which the smoothed travel time of an empty link returns to free flow
   * [s]: 90 s, the mean age of the samples in SUMO's 180 s moving average of edge speeds
   * ({@code device.rerouting.adaptation-steps} 180 at an interval of 1 s), in which an empty
   * edge counts at its speed limit.
   */
  static final double FORGET = 90.0;

  private final double[] freeFlow;
  private final double[] recentTravelTime;
  private final double[] emptySince;
  private final int[] onLink;

  /** Every link at free flow and empty since {@code start} [s]. */
  LinkTravelTimes(RoadNetwork net, double start) {
    int links = net.linkCount();
    freeFlow = new double[links];
    recentTravelTime = new double[links];
    emptySince = new double[links];
    onLink = new int[links];
    for (int l = 0; l < links; l++) {
      freeFlow[l] = net.length(l) / net.freeSpeed(l);
      recentTravelTime[l] = freeFlow[l];
      emptySince[l] = start;
    }
  }

  /** Free-flow travel time of link {@code l} [s] (its length over its free speed). */
  double freeFlow(int l) {
    return freeFlow[l];
  }

  /** A vehicle entered link {@code l} at {@code t}. */
  void entered(int l, double t) {
    if (onLink[l] == 0) {
      recentTravelTime[l] = smoothed(l, t); // keep what was forgotten while empty
    }
    onLink[l]++;
  }

  /** A vehicle that entered link {@code l} at {@code enteredAt} left it at {@code t} [s]. */
  void left(int l, double t, double enteredAt) {
    recentTravelTime[l] += SMOOTHING * (t - enteredAt - recentTravelTime[l]);
    if (--onLink[l] == 0) {
      emptySince[l] = t;
    }
  }

  /**
   * The smoothed travel time of link {@code l} at {@code t}: that of the recent traversals
   * while vehicles are on it; once it is empty, returning to free flow with time constant
   * {@link #FORGET}, so that an old jam does not keep routes away from a link nobody uses.
   */
  double smoothed(int l, double t) {
    double r = recentTravelTime[l];
    if (onLink[l] > 0 || r <= freeFlow[l]) {
      return r;
    }
    return freeFlow[l] + (r - freeFlow[l]) * Math.exp(-(t - emptySince[l]) / FORGET);
  }
}
