package org.citysim.sim.sensor;

import org.citysim.sim.traffic.LinkExited;
import org.citysim.sim.traffic.QueueTrafficModel;

/**
 * A stop-line inductive loop with an upstream counting loop: counts, occupancy and speed per
 * interval, and (from the difference of the two counts) the vehicles on the approach. Loops are
 * close to ground truth; their one failure mode here is dropping out for whole intervals.
 */
final class LoopSensor implements ApproachSensor {
  /** Vehicle length plus loop length, the distance over which a passing car covers a loop [m]. */
  static final double DETECTION_ZONE = 6.5;

  private final String linkId;
  private final int link;
  private final double length;
  private final double freeFlowTime;
  private final QueueTrafficModel model;
  private final SensorClock clock;

  private double lastPassage = Double.NEGATIVE_INFINITY;
  private double lastExit = Double.NEGATIVE_INFINITY;
  // Current interval.
  private int count;
  private double occupied;
  private double speedSum;
  private SensorReading last;
  private boolean droppedOut;

  LoopSensor(String linkId, int link, double length, double freeFlowTime,
      QueueTrafficModel model, SensorClock clock) {
    this.linkId = linkId;
    this.link = link;
    this.length = length;
    this.freeFlowTime = freeFlowTime;
    this.model = model;
    this.clock = clock;
  }

  /** A vehicle left the watched link. */
  void onExit(LinkExited e) {
    if (e.arrived()) {
      lastExit = e.time();
      return; // it stopped before the stop line
    }
    double atStopLine = Math.max(e.enteredAt() + freeFlowTime, lastExit);
    double standing = Math.max(0, e.time() - atStopLine);
    double passing = DETECTION_ZONE / Math.max(0.1, length / Math.max(1e-6,
        e.time() - e.enteredAt()));
    // Standing time before the interval began was counted in the interval it happened in.
    occupied += Math.min(standing, e.time() - clock.intervalStart()) + passing;
    speedSum += length / Math.max(1e-6, e.time() - e.enteredAt());
    count++;
    lastPassage = e.time();
    lastExit = e.time();
  }

  /** Closes the interval [from, to) and starts the next; {@code drop} loses it. */
  void close(double from, double to, boolean drop) {
    // A queue still standing at the end of the interval occupies the loop until then.
    double standingNow = model.queueLength(link, to) > 0 && lastExit < to
        ? Math.min(to - Math.max(from, lastExit), to - from) : 0;
    double occ = Math.min(1, (occupied + standingNow) / (to - from));
    last = new SensorReading(from, to, count, occ, count == 0 ? Double.NaN : speedSum / count,
        !drop);
    droppedOut = drop;
    count = 0;
    occupied = 0;
    speedSum = 0;
  }

  @Override
  public String link() {
    return linkId;
  }

  @Override
  public SensorKind kind() {
    return SensorKind.LOOP;
  }

  @Override
  public SensorReading last() {
    return last;
  }

  @Override
  public double vehicles() {
    return droppedOut ? Double.NaN : model.occupancy(link);
  }

  @Override
  public double queue() {
    return droppedOut ? Double.NaN : model.queueLength(link, clock.now());
  }

  @Override
  public double lastPassage() {
    return droppedOut ? Double.NEGATIVE_INFINITY : lastPassage;
  }

  @Override
  public boolean droppedOut() {
    return droppedOut;
  }
}
