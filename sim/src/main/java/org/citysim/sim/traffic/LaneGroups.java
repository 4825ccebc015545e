package org.citysim.sim.traffic;

import java.util.Arrays;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.scenario.TrafficSpec;

/**
 * The lane groups ("queues") of a {@link QueueTrafficModel}, set up from the network and the
 * {@link TrafficSpec}: per lane group its FIFO of vehicles, the holes still travelling upstream,
 * its share of the link's exit flow capacity (as a headway) and of its storage capacity, and the
 * state of its head (next exit slot, stuck clock). A link without lane information has one
 * group, with its own index.
 *
 * <p>The arrays are indexed by lane group and read and written by the model directly: they are
 * its hot path, and plain arrays keep it free of boxing and calls.
 */
final class LaneGroups {
  /** Number of lane groups. */
  final int count;
  /** The link each lane group belongs to. */
  final int[] linkOf;
  /** The vehicles in each lane group, in order: the head leaves first. */
  final IntRing[] queue;
  /** Times at which the space freed by vehicles that left reaches the upstream end [s]. */
  final DoubleRing[] holes;
  /** Time freed space takes to travel the link upstream [s]; 0 without holes. */
  final double[] holeDelay;
  /** Time between exits at the open share of the capacity [s]; infinite while closed. */
  final double[] headway;
  /** Time between exits at full capacity [s]. */
  final double[] fullHeadway;
  /** Storage capacity [veh]. */
  final double[] storage;
  /** Storage a vehicle may enter into: {@code storage}, or 0 while the link is closed. */
  final double[] accept;
  /** Earliest time of the head's next exit onward [s] (flow capacity). */
  final double[] nextSlot;
  /** When the head was first blocked by a full lane group ahead [s] (stuck clock); NaN if not. */
  final double[] blockedSince;
  private final RoadNetwork net;

  LaneGroups(RoadNetwork net, TrafficSpec spec) {
    this.net = net;
    count = net.laneGroupCount();
    queue = new IntRing[count];
    holes = new DoubleRing[count];
    holeDelay = new double[count];
    headway = new double[count];
    fullHeadway = new double[count];
    storage = new double[count];
    accept = new double[count];
    nextSlot = new double[count];
    blockedSince = new double[count];
    linkOf = new int[count];
    boolean withHoles = spec.holeSpeed() > 0;
    for (int q = 0; q < count; q++) {
      int l = net.laneGroupLink(q);
      linkOf[q] = l;
      double share = (double) net.laneGroupLanes(q) / net.lanes(l);
      double len = net.length(l);
      double vf = net.freeSpeed(l);
      double qPerS = net.capacity(l) / 3600.0 * share;
      holeDelay[q] = withHoles ? len / spec.holeSpeed() : 0;
      headway[q] = 1.0 / qPerS;
      fullHeadway[q] = headway[q];
      // Vehicles in transit: crossing into the link, driving it, and the holes they leave.
      double needed = qPerS * len * (1 / vf + (withHoles ? 1 / spec.holeSpeed() : 0))
          + qPerS * net.maxCrossingTimeInto(l);
      storage[q] = Math.max(Math.max(net.storage(l) * share, needed), 1.0);
      accept[q] = storage[q];
      queue[q] = new IntRing(8);
      holes[q] = new DoubleRing();
    }
    Arrays.fill(nextSlot, Double.NEGATIVE_INFINITY);
    Arrays.fill(blockedSince, Double.NaN);
  }

  /**
   * Whether a vehicle may enter lane group {@code q} at {@code t}: vehicles in it plus holes
   * still travelling upstream are fewer than the storage it accepts. Drops the holes that
   * arrived.
   */
  boolean hasSpace(int q, double t) {
    DoubleRing h = holes[q];
    while (!h.isEmpty() && h.peek() <= t) {
      h.poll();
    }
    return queue[q].size() + h.size() < accept[q];
  }

  /** Vehicles in the lane groups of link {@code l} [veh]. */
  int vehicles(int l) {
    int n = 0;
    for (int q = net.laneGroupStart(l); q < net.laneGroupEnd(l); q++) {
      n += queue[q].size();
    }
    return n;
  }

  /** Storage capacity of link {@code l}, over its lane groups [veh]. */
  double storage(int l) {
    double s = 0;
    for (int q = net.laneGroupStart(l); q < net.laneGroupEnd(l); q++) {
      s += storage[q];
    }
    return s;
  }

  /**
   * Time the exit of link {@code l} needs to discharge the vehicles now on it at the current
   * headways [s]: the longest over its lane groups.
   */
  double dischargeTime(int l) {
    double discharge = 0;
    for (int q = net.laneGroupStart(l); q < net.laneGroupEnd(l); q++) {
      discharge = Math.max(discharge, queue[q].size() * headway[q]);
    }
    return discharge;
  }
}
