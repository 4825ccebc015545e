package org.citysim.sim.traffic;

import java.util.Arrays;
import org.citysim.sim.network.RoadNetwork;

/**
 * The open capacity of the links of a {@link QueueTrafficModel} under incidents and closures:
 * per link the share of its exit flow capacity that is open, applied to each of its lane groups
 * (headway, next exit slot, storage it accepts), with the wake-ups a change calls for. At 0 the
 * link is closed: its lane groups let nobody leave onward and accept nobody.
 */
final class LinkClosures {
  private final RoadNetwork net;
  private final LaneGroups groups;
  private final Wakeups wakeups;
  /** The model's insertion queues by link; only read, to count the vehicles held. */
  private final IntRing[] insertQueue;
  /** Share of the exit flow capacity open [0..1]; 0 closes the link (incidents, closures). */
  private final double[] capacityFraction;

  LinkClosures(RoadNetwork net, LaneGroups groups, Wakeups wakeups, IntRing[] insertQueue) {
    this.net = net;
    this.groups = groups;
    this.wakeups = wakeups;
    this.insertQueue = insertQueue;
    capacityFraction = new double[net.linkCount()];
    Arrays.fill(capacityFraction, 1.0);
  }

  /** Open share of link {@code l}'s exit flow capacity [0..1]; 0 when closed. */
  double fraction(int l) {
    return capacityFraction[l];
  }

  /** Whether link {@code l} is closed. */
  boolean isClosed(int l) {
    return capacityFraction[l] == 0;
  }

  /**
   * Sets the open share of link {@code l}'s exit flow capacity at {@code t} [s], as {@link
   * QueueTrafficModel#setCapacityFraction} describes.
   *
   * @throws IllegalArgumentException if {@code fraction} is not in [0, 1]
   */
  void set(int l, double fraction, double t) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("capacity fraction must be in [0, 1], got " + fraction);
    }
    double old = capacityFraction[l];
    if (fraction == old) {
      return;
    }
    capacityFraction[l] = fraction;
    for (int q = net.laneGroupStart(l); q < net.laneGroupEnd(l); q++) {
      double h = fraction == 0 ? Double.POSITIVE_INFINITY : groups.fullHeadway[q] / fraction;
      if (old == 0) {
        groups.nextSlot[q] = t; // the last exit before the closure is long enough ago
      } else if (fraction == 0) {
        groups.nextSlot[q] = Double.POSITIVE_INFINITY;
      } else if (groups.nextSlot[q] != Double.NEGATIVE_INFINITY) {
        groups.nextSlot[q] += h - groups.headway[q];
      }
      groups.headway[q] = h;
      groups.accept[q] = fraction == 0 ? 0 : groups.storage[q];
      if (fraction > 0) {
        if (!groups.queue[q].isEmpty()) {
          wakeups.requestWake(q, t);
        }
        if (old == 0) {
          wakeups.reopened(q, t);
        }
      }
    }
  }

  /**
   * Vehicles held by closed links now [veh]: those on a closed link and those in queues or
   * insertion queues whose head waits to enter one. A scan over the network.
   */
  int vehiclesHeld() {
    int n = 0;
    for (int q = 0; q < groups.count; q++) {
      if (capacityFraction[groups.linkOf[q]] == 0 || wakeups.headWaitsForClosed(q)) {
        n += groups.queue[q].size();
      }
    }
    for (int l = 0; l < insertQueue.length; l++) {
      if (wakeups.insertWaitsForClosed(l)) {
        n += insertQueue[l].size();
      }
    }
    return n;
  }
}
