package org.citysim.sim.traffic;

import java.util.Arrays;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.kernel.Priorities;

/**
 * The waits for space of a {@link QueueTrafficModel} and the wake-ups that end them. A lane
 * group's head blocked by a full lane group ahead, or a link's insertion queue whose head cannot
 * enter its first lane group, registers once with the lane group it waits for; the space a
 * leaving vehicle frees (when its hole reaches the upstream end) or the reopening of a closed
 * link wakes every one registered. At most one wake-up is pending per head and per insertion
 * queue: a request later than the pending one is dropped, and an event that an earlier one
 * superseded is recognised by its time ({@link #headDue}, {@link #insertDue}) and skipped.
 */
final class Wakeups {
  private final Kernel kernel;
  private final LaneGroups groups;
  private final double stuckTime;
  private final int headHandler;
  private final int insertHandler;
  /** Lane group count; an insertion queue waits in {@link #waiters} as {@code queues + link}. */
  private final int queues;
  /** Per lane group: the heads and insertion queues that wait for space on it. */
  private final IntRing[] waiters;
  /** Per lane group: the lane group its head waits for space on, or -1. */
  private final int[] waitingOn;
  /** Per lane group: time of its head's pending wake-up [s]; infinite if none. */
  private final double[] wake;
  /** Per link: the lane group the head of its insertion queue waits for space on, or -1. */
  private final int[] insertWaitingOn;
  /** Per link: time of its insertion queue's pending wake-up [s]; infinite if none. */
  private final double[] insertWake;

  /**
   * @param links         number of links
   * @param headHandler   kernel handler that serves a lane group's head (argument: lane group)
   * @param insertHandler kernel handler that inserts from a link's insertion queue (argument:
   *                      link)
   */
  Wakeups(Kernel kernel, LaneGroups groups, int links, double stuckTime, int headHandler,
      int insertHandler) {
    this.kernel = kernel;
    this.groups = groups;
    this.stuckTime = stuckTime;
    this.headHandler = headHandler;
    this.insertHandler = insertHandler;
    queues = groups.count;
    waiters = new IntRing[queues];
    waitingOn = new int[queues];
    wake = new double[queues];
    for (int q = 0; q < queues; q++) {
      waiters[q] = new IntRing(4);
    }
    insertWaitingOn = new int[links];
    insertWake = new double[links];
    Arrays.fill(wake, Double.POSITIVE_INFINITY);
    Arrays.fill(insertWake, Double.POSITIVE_INFINITY);
    Arrays.fill(waitingOn, -1);
    Arrays.fill(insertWaitingOn, -1);
  }

  /**
   * Whether a head wake-up of lane group {@code q} at {@code t} is the pending one; if so it is
   * taken (none is pending afterwards).
   */
  boolean headDue(int q, double t) {
    if (t != wake[q]) {
      return false;
    }
    wake[q] = Double.POSITIVE_INFINITY;
    return true;
  }

  /**
   * Whether an insertion wake-up of link {@code l} at {@code t} is the pending one; if so it is
   * taken, and the insertion queue no longer counts as waiting (it looks again now).
   */
  boolean insertDue(int l, double t) {
    if (t != insertWake[l]) {
      return false;
    }
    insertWake[l] = Double.POSITIVE_INFINITY;
    insertWaitingOn[l] = -1;
    return true;
  }

  /** Schedules the head of lane group {@code q} to be served at {@code time} [s]. */
  void requestWake(int q, double time) {
    if (time < wake[q]) {
      wake[q] = time;
      kernel.schedule(time, Priorities.TRAFFIC, headHandler, q);
    }
  }

  /** Schedules an insertion attempt on link {@code l}, at most one pending per link. */
  void requestInsert(int l, double time) {
    if (time < insertWake[l]) {
      insertWake[l] = time;
      kernel.schedule(time, Priorities.TRAFFIC, insertHandler, l);
    }
  }

  /**
   * The head of lane group {@code q}, blocked since {@link LaneGroups#blockedSince}, waits for
   * space in lane group {@code into}: until a hole arrives, or at most the stuck time.
   */
  void waitForSpace(int q, int into, double t) {
    if (waitingOn[q] != into) {
      waitingOn[q] = into;
      waiters[into].add(q);
    }
    if (!groups.holes[into].isEmpty()) {
      requestWake(q, Math.max(t, groups.holes[into].peek()));
    }
    if (groups.accept[into] > 0) {
      // Behind a closed link only its opening wakes this queue (no stuck time: it is no jam).
      requestWake(q, groups.blockedSince[q] + stuckTime);
    }
  }

  /** The head of link {@code l}'s insertion queue waits for space in lane group {@code q}. */
  void waitForSpaceToInsert(int l, int q, double t) {
    if (insertWaitingOn[l] != q) {
      insertWaitingOn[l] = q;
      waiters[q].add(queues + l);
    }
    if (!groups.holes[q].isEmpty()) {
      requestInsert(l, Math.max(t, groups.holes[q].peek()));
    }
  }

  /**
   * A vehicle left lane group {@code q}, and the space it freed is usable at {@code free} [s]:
   * all that wait for space on {@code q} look again then.
   */
  void spaceFreed(int q, double free) {
    IntRing w = waiters[q];
    while (!w.isEmpty()) {
      int u = w.poll();
      if (u >= queues) {
        insertWaitingOn[u - queues] = -1;
        requestInsert(u - queues, free);
      } else {
        waitingOn[u] = -1;
        requestWake(u, free);
      }
    }
  }

  /**
   * The link of lane group {@code q} opened again at {@code t}: all that wait for space on
   * {@code q} look again now, and the stuck clock of the heads among them starts again.
   */
  void reopened(int q, double t) {
    IntRing w = waiters[q];
    while (!w.isEmpty()) {
      int u = w.poll();
      if (u >= queues) {
        insertWaitingOn[u - queues] = -1;
        requestInsert(u - queues, t);
      } else {
        waitingOn[u] = -1;
        groups.blockedSince[u] = Double.NaN;
        requestWake(u, t);
      }
    }
  }

  /** Whether the head of lane group {@code q} waits for space on a closed link. */
  boolean headWaitsForClosed(int q) {
    int w = waitingOn[q];
    return w >= 0 && groups.accept[w] == 0;
  }

  /** Whether the head of link {@code l}'s insertion queue waits for space on a closed link. */
  boolean insertWaitsForClosed(int l) {
    int w = insertWaitingOn[l];
    return w >= 0 && groups.accept[w] == 0;
  }
}
