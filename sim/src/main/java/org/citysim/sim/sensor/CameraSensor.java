package org.citysim.sim.sensor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.random.RandomStream;
import org.citysim.sim.sensor.SensorOutputs.CameraInterval;
import org.citysim.sim.sensor.SensorOutputs.ClassCounts;
import org.citysim.sim.traffic.LinkExited;
import org.citysim.sim.traffic.QueueTrafficModel;

/**
 * A camera with a vision detector over a link's stop line, modelled by its detection statistics
 * ({@link CameraModel}) rather than by pixels.
 *
 * <ul>
 *   <li>Each vehicle crossing the stop line is detected with the recall of the condition in
 *       force ({@link ConditionTimeline}), lowered for occlusion by the vehicles on the link; a
 *       detected vehicle is reported as the class the confusion matrix draws for its true class.
 *       Vehicles that arrive on the link (stop before the stop line) are not crossings.</li>
 *   <li>At the end of an interval the camera adds a Poisson number of false positives with mean
 *       {@code sum over its detections of (1 - precision) / precision} (precision of the
 *       condition at each detection), so precision holds in expectation; their classes follow
 *       the fleet mix. False positives carry no time, so they do not move
 *       {@link #lastPassage()}.</li>
 *   <li>A reading becomes visible through {@link #last()} {@code latency} seconds after its
 *       interval closes; {@link #lastPassage()}, {@link #vehicles()} and {@link #queue()} are
 *       live (an edge device's presence detection).</li>
 *   <li>{@link #vehicles()} and {@link #queue()} see each true vehicle with the current recall
 *       and add Poisson false positives in proportion, drawn from the stream
 *       {@code sensors:camera:<link>:view}; detections at the stop line draw from
 *       {@code sensors:camera:<link>:detect}. Two streams, so how often a controller looks does
 *       not change what the camera counts.</li>
 *   <li>Occupancy and speed come from a virtual loop at the stop line that registers the
 *       detected vehicles only.</li>
 * </ul>
 */
final class CameraSensor implements IntervalSensor {
  private final String linkId;
  private final int link;
  private final QueueTrafficModel model;
  private final SensorClock clock;
  private final CameraModel camera;
  private final ConditionTimeline conditions;
  private final FleetClasses fleet;
  private final RandomStream detect;
  private final RandomStream view;
  private final StopLineZone zone;
  private final ArrayDeque<SensorReading> pending = new ArrayDeque<>();
  private final List<CameraInterval> intervals = new ArrayList<>();

  private SensorReading last;
  private boolean droppedOut;
  private double lastPassage = Double.NEGATIVE_INFINITY;
  // Current interval, by VehicleClass ordinal.
  private final int[] truth = new int[VehicleClass.values().length];
  private final int[] observed = new int[VehicleClass.values().length];
  private int truePositives;
  private int correctClass;
  private double falsePositiveMean;

  CameraSensor(String linkId, int link, double length, double freeFlowTime,
      QueueTrafficModel model, SensorClock clock, CameraModel camera,
      ConditionTimeline conditions, FleetClasses fleet, RandomStream detect, RandomStream view) {
    this.linkId = linkId;
    this.link = link;
    this.model = model;
    this.clock = clock;
    this.camera = camera;
    this.conditions = conditions;
    this.fleet = fleet;
    this.detect = detect;
    this.view = view;
    this.zone = new StopLineZone(link, length, freeFlowTime, model, clock);
  }

  @Override
  public int linkIndex() {
    return link;
  }

  @Override
  public void onExit(LinkExited e) {
    if (e.arrived()) {
      zone.arrivedBefore(e);
      return;
    }
    VehicleClass cls = fleet.classOf(e.vehicle());
    truth[cls.ordinal()]++;
    Condition c = conditions.at(e.time());
    boolean seen = detect.uniform() < camera.recall(c, linkOccupancy());
    zone.crossed(e, seen);
    if (!seen) {
      return;
    }
    truePositives++;
    VehicleClass reported = camera.confusion().row(cls).draw(detect.uniform());
    observed[reported.ordinal()]++;
    if (reported == cls) {
      correctClass++;
    }
    if (camera.falsePositives()) {
      falsePositiveMean += camera.in(c).falsePositivesPerDetection();
    }
    lastPassage = e.time();
  }

  @Override
  public void close(double from, double to, boolean drop) {
    int falsePositives = camera.falsePositives() ? detect.poisson(falsePositiveMean) : 0;
    for (int i = 0; i < falsePositives; i++) {
      observed[camera.fleet().draw(detect.uniform()).ordinal()]++;
    }
    pending.addLast(new SensorReading(from, to, truePositives + falsePositives,
        zone.occupancy(from, to), zone.meanSpeed(), !drop));
    intervals.add(new CameraInterval(linkId, from, to, conditions.at((from + to) / 2), !drop,
        ClassCounts.of(truth), ClassCounts.of(observed), truePositives, correctClass,
        falsePositives));
    droppedOut = drop;
    java.util.Arrays.fill(truth, 0);
    java.util.Arrays.fill(observed, 0);
    truePositives = 0;
    correctClass = 0;
    falsePositiveMean = 0;
    zone.reset();
  }

  /** This camera's intervals so far, in time order. */
  List<CameraInterval> intervals() {
    return List.copyOf(intervals);
  }

  /** Vehicles on the link over its storage [0..1+]. */
  private double linkOccupancy() {
    return model.occupancy(link) / model.storage(link);
  }

  /** What the camera makes of {@code n} true vehicles in view now. */
  private double seen(int n) {
    Condition c = conditions.at(clock.now());
    double recall = camera.recall(c, linkOccupancy());
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (view.uniform() < recall) {
        k++;
      }
    }
    if (camera.falsePositives()) {
      k += view.poisson(n * recall * camera.in(c).falsePositivesPerDetection());
    }
    return k;
  }

  @Override
  public String link() {
    return linkId;
  }

  @Override
  public SensorKind kind() {
    return SensorKind.CAMERA;
  }

  @Override
  public SensorReading last() {
    double now = clock.now();
    while (!pending.isEmpty() && pending.peekFirst().to() + camera.latency() <= now) {
      last = pending.pollFirst();
    }
    return last;
  }

  @Override
  public double vehicles() {
    return droppedOut ? Double.NaN : seen(model.occupancy(link));
  }

  @Override
  public double queue() {
    return droppedOut ? Double.NaN : seen(model.queueLength(link, clock.now()));
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
