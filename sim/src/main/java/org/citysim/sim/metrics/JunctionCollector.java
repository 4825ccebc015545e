package org.citysim.sim.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.kernel.Priorities;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.signal.SignalState;
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
 *       ({@link QueueTrafficModel#queueLength}), summed over the approaches and sampled every
 *       {@code interval} from the start time on, after the traffic at each instant.
 * </ul>
 * Averages use the vehicles that crossed the junction before the end; vehicles still queued at
 * the end are not in the control delay (their queue is in the queue samples).
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
    int max = (int) Math.floor((end - start) / interval + 1e-9) + 1;
    times = new double[max];
    queues = new int[nodes.length][max];
    if (nodes.length == 0) {
      return; // nothing to observe: no subscription, no sampling events
    }
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
    if (j < 0 || e.arrived()) {
      return;
    }
    // Rounding can leave a free-flowing vehicle a few ulps short of its free-flow time.
    double d = Math.max(0, e.time() - e.enteredAt() - net.freeFlowTime(e.link()));
    vehicles[j]++;
    delay[j] += d;
    if (d > stopDelay) {
      stops[j]++;
    }
  }

  /** The measures so far, junctions in node order. */
  public JunctionOutputs outputs() {
    double hours = (end - start) / 3600.0;
    double[] t = Arrays.copyOf(times, samples);
    List<JunctionStats> stats = new ArrayList<>();
    List<TimeSeries> series = new ArrayList<>();
    for (int j = 0; j < nodes.length; j++) {
      int[] q = Arrays.copyOf(queues[j], samples);
      double mean = vehicles[j] == 0 ? Double.NaN : delay[j] / vehicles[j];
      String id = net.node(nodes[j]).id().value();
      stats.add(new JunctionStats(id, approaches[j].length, vehicles[j], mean,
          LevelOfService.ofControlDelay(mean), stops[j], Arrays.stream(q).max().orElse(0),
          samples == 0 ? Double.NaN : Arrays.stream(q).average().orElse(Double.NaN),
          hours > 0 ? vehicles[j] / hours : Double.NaN));
      series.add(new TimeSeries(id, "veh", t, Arrays.stream(q).asDoubleStream().toArray()));
    }
    return new JunctionOutputs(stopDelay, stats, series);
  }
}
