package org.citysim.sim.sensor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.kernel.Priorities;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.random.RandomStream;
import org.citysim.sim.traffic.LinkExited;
import org.citysim.sim.traffic.QueueTrafficModel;

/**
 * The sensors of one run. Sensors are made on first request and aggregate over fixed intervals
 * (closed by a periodic kernel process after the traffic of each instant). Each sensor drops out
 * for a whole interval with probability {@code dropout}, drawn from the stream
 * {@code sensors:dropout}.
 */
public final class SensorHub implements Sensors, SensorClock {
  private final Kernel kernel;
  private final RoadNetwork net;
  private final QueueTrafficModel model;
  private final double interval;
  private final double dropout;
  private final RandomStream dropouts;
  private final Map<String, ApproachSensor> byKey = new HashMap<>();
  private final List<LoopSensor> loops = new ArrayList<>();
  private final LoopSensor[] loopOfLink;
  private double intervalStart;

  /**
   * @param interval aggregation interval [s]
   * @param dropout  probability that a sensor reports nothing for an interval [0..1]
   */
  public SensorHub(Kernel kernel, RoadNetwork net, QueueTrafficModel model, double interval,
      double dropout) {
    if (!(interval > 0) || !(dropout >= 0 && dropout <= 1)) {
      throw new IllegalArgumentException("interval must be > 0 and dropout in [0, 1]");
    }
    this.kernel = kernel;
    this.net = net;
    this.model = model;
    this.interval = interval;
    this.dropout = dropout;
    this.dropouts = kernel.random().stream("sensors:dropout");
    this.loopOfLink = new LoopSensor[net.linkCount()];
    this.intervalStart = kernel.startTime();
  }

  /** Starts observing with the first sensor: a run without sensors pays nothing for them. */
  private void startObserving() {
    kernel.bus().subscribe(LinkExited.class, this::onExit);
    // Intervals stay aligned to the start time, whenever the first sensor appears.
    double k = Math.floor((kernel.now() - kernel.startTime()) / interval);
    intervalStart = kernel.startTime() + k * interval;
    kernel.every(intervalStart + interval, interval, Priorities.MEASURE, this::closeInterval);
  }

  @Override
  public ApproachSensor approach(String linkId, SensorKind kind) {
    int l = net.linkIndex(linkId);
    if (l < 0) {
      throw new IllegalArgumentException("no link '" + linkId + "' in the network");
    }
    return byKey.computeIfAbsent(kind + "|" + linkId, k -> create(l, linkId, kind));
  }

  private ApproachSensor create(int l, String linkId, SensorKind kind) {
    if (kind != SensorKind.LOOP) {
      throw new UnsupportedOperationException(kind + " sensors are not available yet");
    }
    if (byKey.isEmpty()) {
      startObserving();
    }
    LoopSensor s = new LoopSensor(linkId, l, net.length(l), net.freeFlowTime(l), model, this);
    loops.add(s);
    loopOfLink[l] = s;
    return s;
  }

  private void onExit(LinkExited e) {
    LoopSensor s = loopOfLink[e.link()];
    if (s != null) {
      s.onExit(e);
    }
  }

  private void closeInterval(double now) {
    double from = intervalStart;
    for (LoopSensor s : loops) {
      s.close(from, now, dropout > 0 && dropouts.uniform() < dropout);
    }
    intervalStart = now;
  }

  @Override
  public double now() {
    return kernel.now();
  }

  @Override
  public double intervalStart() {
    return intervalStart;
  }

  /** Aggregation interval [s]. */
  public double interval() {
    return interval;
  }
}
