package org.citysim.sim.signal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.citysim.sim.network.RoadNetwork;

/**
 * The signals of one run as they are now. Every signalised node starts on its fixed-time plan
 * ({@link SignalTimings}, which costs no events); a controller may then give it another plan
 * ({@link #setPlan}, e.g. new splits every cycle) or drive it phase by phase
 * ({@link #setGreen}: these movements are green from now until the next call). Listeners (the
 * traffic model) are told of every change, so that vehicles held at a red light are looked at
 * again at once.
 *
 * <p>Mutable and owned by one run; not thread-safe.
 */
public final class SignalState {
  /** Told when the signals of a node change. */
  @FunctionalInterface
  public interface Listener {
    /** The signals of {@code node} changed at {@code t} [s]. */
    void signalsChanged(int node, double t);
  }

  private final RoadNetwork net;
  private final SignalTimings base;
  private final int[] nodeOf;
  private final int[] local;
  private final int[][] movementsAt;
  private final SignalPlan[] basePlans;
  private final NodeTimings[] plan;
  private final boolean[][] manual;
  private final List<Listener> listeners = new ArrayList<>();

  /** Starts every node on its plan in {@code base}. */
  public SignalState(RoadNetwork net, SignalTimings base) {
    this.net = net;
    this.base = base;
    int n = net.nodeCount();
    nodeOf = new int[net.movementCount()];
    local = new int[net.movementCount()];
    movementsAt = new int[n][];
    for (int node = 0; node < n; node++) {
      List<Integer> ms = new ArrayList<>();
      for (int l : net.inLinks(node)) {
        for (int m = net.movementStart(l); m < net.movementEnd(l); m++) {
          nodeOf[m] = node;
          local[m] = ms.size();
          ms.add(m);
        }
      }
      movementsAt[node] = ms.stream().mapToInt(Integer::intValue).toArray();
    }
    basePlans = new SignalPlan[n];
    for (SignalPlan p : base.plans()) {
      basePlans[p.node()] = p;
    }
    plan = new NodeTimings[n];
    manual = new boolean[n][];
  }

  /** Registers a listener; listeners are called in registration order. */
  public void listen(Listener l) {
    listeners.add(l);
  }

  /**
   * The earliest time at or after {@code t} when movement {@code m} is green [s]; positive
   * infinity when a controller holds it red with no planned end (it will say when it changes).
   */
  public double nextGreen(int m, double t) {
    int node = nodeOf[m];
    boolean[] green = manual[node];
    if (green != null) {
      return green[local[m]] ? t : Double.POSITIVE_INFINITY;
    }
    NodeTimings p = plan[node];
    return p == null ? base.nextGreen(m, t) : p.nextGreen(local[m], t);
  }

  /** True when movement {@code m} is green at {@code t}. */
  public boolean isGreen(int m, double t) {
    return nextGreen(m, t) == t;
  }

  /** True when {@code node} has a signal (a plan in the scenario or the imported network). */
  public boolean isSignalised(int node) {
    return basePlans[node] != null;
  }

  /** The node's plan from the scenario or import, or null when unsignalised. */
  public SignalPlan basePlan(int node) {
    return basePlans[node];
  }

  /** Global indices of the movements at {@code node} (from its incoming links). */
  public int[] movementsAt(int node) {
    return movementsAt[node].clone();
  }

  /** The node whose signal controls movement {@code m}. */
  public int nodeOf(int m) {
    return nodeOf[m];
  }

  /**
   * Runs {@code p} at its node from {@code start} on: phase 0 begins at {@code start} [s] and the
   * plan repeats. Every movement of the node must get green in the plan.
   *
   * @throws IllegalArgumentException if the node has no signal or the plan does not fit it
   */
  public void setPlan(SignalPlan p, double start, double now) {
    int node = p.node();
    requireSignalised(node);
    plan[node] = new NodeTimings(p, start);
    manual[node] = null;
    changed(node, now);
  }

  /**
   * From {@code now} on, exactly {@code green} (global movement indices at {@code node}) are
   * green until the next change; an empty array is all red (an intergreen).
   */
  public void setGreen(int node, int[] green, double now) {
    requireSignalised(node);
    boolean[] g = new boolean[movementsAt[node].length];
    for (int m : green) {
      if (m < 0 || m >= nodeOf.length || nodeOf[m] != node) {
        throw new IllegalArgumentException("movement " + m + " is not at node "
            + net.node(node).id());
      }
      g[local[m]] = true;
    }
    manual[node] = g;
    plan[node] = null;
    changed(node, now);
  }

  /** Back to the node's plan from the scenario or import, on its original offset. */
  public void restoreBasePlan(int node, double now) {
    requireSignalised(node);
    manual[node] = null;
    plan[node] = null;
    changed(node, now);
  }

  private void requireSignalised(int node) {
    if (basePlans[node] == null) {
      throw new IllegalArgumentException("node " + net.node(node).id() + " has no signal");
    }
  }

  private void changed(int node, double t) {
    for (Listener l : listeners) {
      l.signalsChanged(node, t);
    }
  }

  /** One plan's green intervals per movement of its node, cycle starting at an offset. */
  private final class NodeTimings {
    private static final double EPS = 1e-7;
    private final double cycle;
    private final double offset;
    private final double[][] starts;
    private final double[][] ends;

    NodeTimings(SignalPlan p, double offset) {
      int node = p.node();
      int k = movementsAt[node].length;
      List<List<double[]>> intervals = new ArrayList<>();
      for (int i = 0; i < k; i++) {
        intervals.add(new ArrayList<>());
      }
      double t0 = 0;
      for (SignalPlan.Phase ph : p.phases()) {
        for (int m : ph.green()) {
          if (m < 0 || m >= nodeOf.length || nodeOf[m] != node) {
            throw new IllegalArgumentException("signal plan of node " + net.node(node).id()
                + " names a movement that is not at that node");
          }
          List<double[]> list = intervals.get(local[m]);
          double[] last = list.isEmpty() ? null : list.get(list.size() - 1);
          if (last != null && Math.abs(last[1] - t0) < EPS) {
            last[1] = t0 + ph.duration();
          } else {
            list.add(new double[] {t0, t0 + ph.duration()});
          }
        }
        t0 += ph.duration();
      }
      this.cycle = p.cycle();
      this.offset = offset;
      starts = new double[k][];
      ends = new double[k][];
      for (int i = 0; i < k; i++) {
        if (intervals.get(i).isEmpty()) {
          throw new IllegalArgumentException("movement " + net.movement(movementsAt[node][i])
              + " never gets green in the new plan of node " + net.node(node).id());
        }
        starts[i] = intervals.get(i).stream().mapToDouble(a -> a[0]).toArray();
        ends[i] = intervals.get(i).stream().mapToDouble(a -> a[1]).toArray();
      }
    }

    double nextGreen(int i, double t) {
      double kc = Math.floor((t - offset) / cycle);
      double base = offset + kc * cycle;
      double tc = t - base;
      double[] s = starts[i];
      double[] e = ends[i];
      for (int j = 0; j < s.length; j++) {
        if (tc < e[j] - EPS) {
          return tc >= s[j] - EPS ? t : base + s[j];
        }
      }
      return base + cycle + s[0];
    }

    @Override
    public String toString() {
      return "NodeTimings[cycle " + cycle + ", offset " + offset + ", starts "
          + Arrays.deepToString(starts) + "]";
    }
  }
}
