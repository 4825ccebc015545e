package org.citysim.sim.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.kernel.Priorities;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.signal.SignalState;
import org.citysim.sim.traffic.LinkEntered;
import org.citysim.sim.traffic.LinkExited;
import org.citysim.sim.traffic.QueueTrafficModel;

/**
 * Measures every signalised junction ({@link SignalState#isSignalised}) on its approaches, the
 * links that end at it.
 *
 * <ul>
 *   <li><b>Control delay</b> of a vehicle: its time on the approach minus the approach's
 *       free-flow time, taken when it leaves the approach into the junction ({@link LinkExited}
 *       that is not an arrival). In the queue model this is all the delay the junction causes:
 *       waiting for green, for the queue ahead to discharge at saturation flow, and for space
 *       on the next link. It is the HCM's control delay without the deceleration and
 *       acceleration losses, which a model without acceleration does not have.
 *   <li><b>Stops</b>: vehicles whose control delay exceeded {@link #STOP_DELAY}. A queue model
 *       has no speeds, so "stopped" is read from the delay: one that waited through some of a
 *       red or a queue rather than passing on a late green.
 *   <li><b>Queue</b>: vehicles on the approaches past their free-flow exit time
 *       ({@link QueueTrafficModel#queueLength}), summed over the approaches. Its maximum and
 *       time-average are exact, followed through every entry and exit ({@link QueueTracker});
 *       the queue series is sampled every {@code interval} from the start time on, after the
 *       traffic at each instant, and can miss short peaks between samples.
 * </ul>
 * The control delay averages the vehicles that crossed the junction before the end; vehicles
 * still queued at the end are not in it (they are in the queue figures).
 */
public final class JunctionCollector {
  /**
   * Approach delay above which a vehicle counts as stopped [s]. Five seconds is more than the
   * headway bunching of a platoon at saturation flow (2 s per vehicle) and less than any red.
   */
  public static final double STOP_DELAY = 5.0;

  private final RoadNetwork net;
  private final double start;
  private final double end;
  private final double stopDelay;
  /** Signalised nodes in node order. */
  private final int[] nodes;
  /** Approach links of each junction. */
  private final int[][] approaches;
  /** Junction (index into {@code nodes}) each link leads to, or -1. */
  private final int[] junctionOf;
  private final long[] vehicles;
  private final double[] delay;
  private final long[] stops;
  private final QueueTracker[] trackers;
  private final double[] freeFlow;
  private final double[] times;
  private final int[][] queues;
  private int samples;

  /**
   * Subscribes to the kernel's bus and samples {@code model} every {@code interval}.
   *
   * @param interval  queue sampling interval [s]
   * @param stopDelay approach delay above which a vehicle counts as stopped [s]
   */
  public JunctionCollector(Kernel kernel, QueueTrafficModel model, RoadNetwork net,
      SignalState signals, double interval, double stopDelay) {
    if (!(interval > 0) || !(stopDelay >= 0)) {
      throw new IllegalArgumentException("need interval > 0 and stopDelay >= 0");
    }
    this.net = net;
    this.start = kernel.startTime();
    this.end = kernel.endTime();
    this.stopDelay = stopDelay;
    List<Integer> signalised = new ArrayList<>();
    for (int n = 0; n < net.nodeCount(); n++) {
      if (signals.isSignalised(n)) {
        signalised.add(n);
      }
    }
    nodes = signalised.stream().mapToInt(Integer::intValue).toArray();
    junctionOf = new int[net.linkCount()];
    Arrays.fill(junctionOf, -1);
    approaches = new int[nodes.length][];
    for (int j = 0; j < nodes.length; j++) {
      approaches[j] = net.inLinks(nodes[j]);
      for (int l : approaches[j]) {
        junctionOf[l] = j;
      }
    }
    vehicles = new long[nodes.length];
    delay = new double[nodes.length];
    stops = new long[nodes.length];
    trackers = new QueueTracker[nodes.length];
    for (int j = 0; j < nodes.length; j++) {
      trackers[j] = new QueueTracker();
    }
    freeFlow = new double[net.linkCount()];
    for (int l = 0; l < freeFlow.length; l++) {
      freeFlow[l] = net.freeFlowTime(l);
    }
    int max = (int) Math.floor((end - start) / interval + 1e-9) + 1;
    times = new double[max];
    queues = new int[nodes.length][max];
    if (nodes.length == 0) {
      return; // nothing to observe: no subscription, no sampling events
    }
    kernel.bus().subscribe(LinkEntered.class, e -> {
      int j = junctionOf[e.link()];
      if (j >= 0) {
        trackers[j].entered(e.time() + freeFlow[e.link()]);
      }
    });
    kernel.bus().subscribe(LinkExited.class, this::onExit);
    kernel.every(start, interval, Priorities.MEASURE, now -> {
      if (samples < max) {
        times[samples] = now;
        for (int j = 0; j < nodes.length; j++) {
          int q = 0;
          for (int l : approaches[j]) {
            q += model.queueLength(l, now);
          }
          queues[j][samples] = q;
        }
        samples++;
      }
    });
  }

  private void onExit(LinkExited e) {
    int j = junctionOf[e.link()];
    if (j < 0) {
      return;
    }
    // The same sum as the model's free-flow exit time, so a vehicle leaving on time is exact.
    trackers[j].left(e.enteredAt() + freeFlow[e.link()], e.time());
    if (e.arrived()) {
      return; // it ended its trip on the approach and never entered the junction
    }
    // Rounding can leave a free-flowing vehicle a few ulps short of its free-flow time.
    double d = Math.max(0, e.time() - e.enteredAt() - freeFlow[e.link()]);
    vehicles[j]++;
    delay[j] += d;
    if (d > stopDelay) {
      stops[j]++;
    }
  }

  /**
   * The measures of the run, junctions in node order. Call once the run has ended: the queue
   * figures are closed at the end time.
   */
  public JunctionOutputs outputs() {
    double hours = (end - start) / 3600.0;
    double[] t = Arrays.copyOf(times, samples);
    List<JunctionStats> stats = new ArrayList<>();
    List<TimeSeries> series = new ArrayList<>();
    for (int j = 0; j < nodes.length; j++) {
      int[] q = Arrays.copyOf(queues[j], samples);
      double mean = vehicles[j] == 0 ? Double.NaN : delay[j] / vehicles[j];
      String id = net.node(nodes[j]).id().value();
      double[] queue = trackers[j].finish(end);
      stats.add(new JunctionStats(id, approaches[j].length, vehicles[j], mean,
          LevelOfService.ofControlDelay(mean), stops[j], (int) queue[0],
          end > start ? queue[1] / (end - start) : Double.NaN,
          hours > 0 ? vehicles[j] / hours : Double.NaN));
      series.add(new TimeSeries(id, "veh", t, Arrays.stream(q).asDoubleStream().toArray()));
    }
    return new JunctionOutputs(stopDelay, stats, series);
  }
}
