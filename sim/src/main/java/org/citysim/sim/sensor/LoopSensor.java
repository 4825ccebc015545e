package org.citysim.sim.sensor;

import org.citysim.sim.traffic.LinkExited;
import org.citysim.sim.traffic.QueueTrafficModel;

/**
 * A stop-line inductive loop with an upstream counting loop: counts, occupancy and speed per
 * interval, and (from the difference of the two counts) the vehicles on the approach. Loops are
 * close to ground truth; their one failure mode here is dropping out for whole intervals.
 */
final class LoopSensor implements IntervalSensor {
  /** Vehicle length plus loop length, the distance over which a passing car covers a loop [m]. */
  static final double DETECTION_ZONE = StopLineZone.DETECTION_ZONE;

  private final String linkId;
  private final int link;
  private final QueueTrafficModel model;
  private final SensorClock clock;
  private final StopLineZone zone;

  private double lastPassage = Double.NEGATIVE_INFINITY;
  private SensorReading last;
  private boolean droppedOut;

  LoopSensor(String linkId, int link, double length, double freeFlowTime,
      QueueTrafficModel model, SensorClock clock) {
    this.linkId = linkId;
    this.link = link;
    this.model = model;
    this.clock = clock;
    this.zone = new StopLineZone(link, length, freeFlowTime, model, clock);
  }

  @Override
  public int linkIndex() {
    return link;
  }

  /** A vehicle left the watched link. */
  @Override
  public void onExit(LinkExited e) {
    if (e.arrived()) {
      zone.arrivedBefore(e); // it stopped before the stop line
      return;
    }
    zone.crossed(e, true);
    lastPassage = e.time();
  }

  /** Closes the interval [from, to) and starts the next; {@code drop} loses it. */
  @Override
  public void close(double from, double to, boolean drop) {
    last = new SensorReading(from, to, zone.registered(), zone.occupancy(from, to),
        zone.meanSpeed(), !drop);
    droppedOut = drop;
    zone.reset();
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
