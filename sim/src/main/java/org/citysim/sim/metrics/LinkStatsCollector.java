package org.citysim.sim.metrics;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.event.EventBus;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.kernel.Priorities;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.traffic.LinkEntered;
import org.citysim.sim.traffic.LinkExited;
import org.citysim.sim.traffic.QueueTrafficModel;

/**
 * Per link and interval: entries, exits, mean travel time of the vehicles that left, and the
 * queue and occupancy sampled at the interval's end. Also totals for the network drawing.
 */
public final class LinkStatsCollector {
  private final RoadNetwork net;
  private final double start;
  private final double interval;
  private final int intervals;
  private final int[][] entries;
  private final int[][] exits;
  private final double[][] timeSum;
  private final int[][] queue;
  private final int[][] occupancy;
  private final double[] totalTime;
  private final long[] totalExits;

  /**
   * Subscribes to the kernel's bus and samples {@code model} at every interval end.
   *
   * @param interval aggregation interval [s]
   */
  public LinkStatsCollector(Kernel kernel, QueueTrafficModel model, RoadNetwork net,
      double interval) {
    this.net = net;
    this.start = kernel.startTime();
    this.interval = interval;
    this.intervals = Math.max(1, (int) Math.ceil((kernel.endTime() - start) / interval - 1e-9));
    int links = net.linkCount();
    entries = new int[links][intervals];
    exits = new int[links][intervals];
    timeSum = new double[links][intervals];
    queue = new int[links][intervals];
    occupancy = new int[links][intervals];
    totalTime = new double[links];
    totalExits = new long[links];
    EventBus bus = kernel.bus();
    bus.subscribe(LinkEntered.class, e -> entries[e.link()][bin(e.time())]++);
    bus.subscribe(LinkExited.class, e -> {
      int b = bin(e.time());
      double tt = e.time() - e.enteredAt();
      exits[e.link()][b]++;
      timeSum[e.link()][b] += tt;
      totalTime[e.link()] += tt;
      totalExits[e.link()]++;
    });
    // Sample at each interval end (the last one at the end time).
    kernel.every(Math.min(start + interval, kernel.endTime()), interval, Priorities.MEASURE,
        now -> {
          int b = Math.min(intervals - 1, (int) Math.round((now - start) / interval) - 1);
          if (b < 0) {
            return;
          }
          for (int l = 0; l < links; l++) {
            queue[l][b] = model.queueLength(l, now);
            occupancy[l][b] = model.occupancy(l);
          }
        });
  }

  private int bin(double t) {
    return Math.min(intervals - 1, Math.max(0, (int) ((t - start) / interval)));
  }

  /** Statistics ordered by link, then interval. */
  public List<LinkIntervalStats> stats() {
    List<LinkIntervalStats> out = new ArrayList<>();
    for (int l = 0; l < net.linkCount(); l++) {
      String id = net.link(l).id().value();
      for (int b = 0; b < intervals; b++) {
        out.add(new LinkIntervalStats(id, start + b * interval, entries[l][b], exits[l][b],
            exits[l][b] == 0 ? Double.NaN : timeSum[l][b] / exits[l][b], queue[l][b],
            occupancy[l][b]));
      }
    }
    return out;
  }

  /** Network drawing: mean travel time over free-flow time per link over the whole run. */
  public NetworkGeometry geometry() {
    List<NetworkGeometry.NodePoint> nodes = new ArrayList<>();
    for (int n = 0; n < net.nodeCount(); n++) {
      nodes.add(new NetworkGeometry.NodePoint(net.node(n).id().value(), net.node(n).x(),
          net.node(n).y()));
    }
    List<NetworkGeometry.LinkLine> lines = new ArrayList<>();
    for (int l = 0; l < net.linkCount(); l++) {
      var a = net.node(net.from(l));
      var b = net.node(net.to(l));
      double ratio = totalExits[l] == 0 ? Double.NaN
          : totalTime[l] / totalExits[l] / net.freeFlowTime(l);
      lines.add(new NetworkGeometry.LinkLine(net.link(l).id().value(), a.x(), a.y(), b.x(), b.y(),
          net.lanes(l), ratio, totalExits[l]));
    }
    return new NetworkGeometry(nodes, lines);
  }
}
