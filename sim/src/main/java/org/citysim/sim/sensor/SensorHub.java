package org.citysim.sim.sensor;

import java.util.ArrayList;
import java.util.Comparator;
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
 * {@code sensors:dropout} (one draw per sensor and interval, in the order sensors were made).
 * Cameras err as {@link CameraModel} says under the conditions of the scenario's night hours and
 * weather; vehicle classes come from the stream {@code sensors:fleet}.
 */
public final class SensorHub implements Sensors, SensorClock {
  private final Kernel kernel;
  private final RoadNetwork net;
  private final QueueTrafficModel model;
  private final SensorSpec spec;
  private final RandomStream dropouts;
  private final ConditionTimeline conditions;
  private FleetClasses fleet;
  private final Map<String, ApproachSensor> byKey = new HashMap<>();
  private final List<IntervalSensor> sensors = new ArrayList<>();
  private final List<CameraSensor> cameras = new ArrayList<>();
  /** Per link, the sensors watching it (a loop and a camera at most). */
  private final IntervalSensor[][] ofLink;
  private double intervalStart;

  /**
   * Sensors with the default camera model, night hours and clear weather.
   *
   * @param interval aggregation interval [s]
   * @param dropout  probability that a sensor reports nothing for an interval [0..1]
   */
  public SensorHub(Kernel kernel, RoadNetwork net, QueueTrafficModel model, double interval,
      double dropout) {
    this(kernel, net, model, new SensorSpec(interval, dropout, SensorSpec.defaultNight(),
        List.of(), CameraModel.defaults(), List.of()));
  }

  /**
   * Sensors as the scenario's {@code sensors} section says. The cameras it lists are not made
   * here: ask for them with {@link #approach}.
   */
  public SensorHub(Kernel kernel, RoadNetwork net, QueueTrafficModel model, SensorSpec spec) {
    this.kernel = kernel;
    this.net = net;
    this.model = model;
    this.spec = spec;
    this.dropouts = kernel.random().stream("sensors:dropout");
    this.conditions = new ConditionTimeline(spec.night(), spec.weather(), spec.camera());
    this.ofLink = new IntervalSensor[net.linkCount()][];
    this.intervalStart = kernel.startTime();
  }

  /** Starts observing with the first sensor: a run without sensors pays nothing for them. */
  private void startObserving() {
    kernel.bus().subscribe(LinkExited.class, this::onExit);
    // Intervals stay aligned to the start time, whenever the first sensor appears.
    double interval = spec.interval();
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
    if (byKey.isEmpty()) {
      startObserving();
    }
    IntervalSensor s = switch (kind) {
      case LOOP -> new LoopSensor(linkId, l, net.length(l), net.freeFlowTime(l), model, this);
      case CAMERA -> camera(l, linkId);
    };
    sensors.add(s);
    IntervalSensor[] old = ofLink[l];
    IntervalSensor[] now = old == null ? new IntervalSensor[1]
        : java.util.Arrays.copyOf(old, old.length + 1);
    now[now.length - 1] = s;
    ofLink[l] = now;
    return s;
  }

  private CameraSensor camera(int l, String linkId) {
    if (fleet == null) {
      fleet = new FleetClasses(kernel.random().stream("sensors:fleet"), spec.camera().fleet());
    }
    String stream = "sensors:camera:" + linkId;
    CameraSensor c = new CameraSensor(linkId, l, net.length(l), net.freeFlowTime(l), model, this,
        spec.camera(), conditions, fleet, kernel.random().stream(stream + ":detect"),
        kernel.random().stream(stream + ":view"));
    cameras.add(c);
    return c;
  }

  private void onExit(LinkExited e) {
    IntervalSensor[] s = ofLink[e.link()];
    if (s != null) {
      for (IntervalSensor x : s) {
        x.onExit(e);
      }
    }
  }

  private void closeInterval(double now) {
    double from = intervalStart;
    double dropout = spec.dropout();
    for (IntervalSensor s : sensors) {
      s.close(from, now, dropout > 0 && dropouts.uniform() < dropout);
    }
    intervalStart = now;
  }

  /**
   * Every sensor made so far (the scenario's cameras, those agents asked for, ...), in the order
   * they were made.
   */
  public List<ApproachSensor> all() {
    return List.copyOf(sensors);
  }

  /** What the cameras counted, by link (network order) then interval. */
  public SensorOutputs outputs() {
    List<CameraSensor> byLink = new ArrayList<>(cameras);
    byLink.sort(Comparator.comparingInt(CameraSensor::linkIndex));
    List<SensorOutputs.CameraInterval> out = new ArrayList<>();
    for (CameraSensor c : byLink) {
      out.addAll(c.intervals());
    }
    return new SensorOutputs(out);
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
    return spec.interval();
  }
}
