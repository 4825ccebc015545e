package org.citysim.sim.sensor;

import org.citysim.sim.traffic.LinkExited;
import org.citysim.sim.traffic.QueueTrafficModel;

/**
 * The detection zone at a link's stop line, as a loop or a camera's virtual loop measures it
 * over an interval: how long it was occupied and how fast the vehicles it registered went. The
 * queue model has no positions, so a vehicle stands on the zone from when it could have reached
 * the stop line (free flow, behind the vehicle before it) until it leaves.
 */
final class StopLineZone {
  /** Vehicle length plus loop length, the distance over which a passing car covers a loop [m]. */
  static final double DETECTION_ZONE = 6.5;

  private final int link;
  private final double length;
  private final double freeFlowTime;
  private final QueueTrafficModel model;
  private final SensorClock clock;

  private double lastExit = Double.NEGATIVE_INFINITY;
  // Current interval.
  private int registered;
  private double occupied;
  private double speedSum;

  StopLineZone(int link, double length, double freeFlowTime, QueueTrafficModel model,
      SensorClock clock) {
    this.link = link;
    this.length = length;
    this.freeFlowTime = freeFlowTime;
    this.model = model;
    this.clock = clock;
  }

  /** A vehicle left the link by arriving at its destination, before the stop line. */
  void arrivedBefore(LinkExited e) {
    lastExit = e.time();
  }

  /**
   * A vehicle crossed the stop line; {@code registered} says whether the sensor registered it
   * (a vehicle a camera misses still holds up the ones behind it).
   */
  void crossed(LinkExited e, boolean registered) {
    if (registered) {
      double atStopLine = Math.max(e.enteredAt() + freeFlowTime, lastExit);
      double standing = Math.max(0, e.time() - atStopLine);
      double passing = DETECTION_ZONE / Math.max(0.1, length / Math.max(1e-6,
          e.time() - e.enteredAt()));
      // Standing time before the interval began was counted in the interval it happened in.
      occupied += Math.min(standing, e.time() - clock.intervalStart()) + passing;
      speedSum += length / Math.max(1e-6, e.time() - e.enteredAt());
      this.registered++;
    }
    lastExit = e.time();
  }

  /** Share of the interval [from, to) the zone was occupied [0..1]. */
  double occupancy(double from, double to) {
    // A queue still standing at the end of the interval occupies the zone until then.
    double standingNow = model.queueLength(link, to) > 0 && lastExit < to
        ? Math.min(to - Math.max(from, lastExit), to - from) : 0;
    return Math.min(1, (occupied + standingNow) / (to - from));
  }

  /** Mean speed over the link of the vehicles registered this interval [m/s]; NaN if none. */
  double meanSpeed() {
    return registered == 0 ? Double.NaN : speedSum / registered;
  }

  /** Vehicles registered this interval. */
  int registered() {
    return registered;
  }

  /** Starts the next interval. */
  void reset() {
    registered = 0;
    occupied = 0;
    speedSum = 0;
  }
}
