package org.citysim.sim.signal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.citysim.sim.network.RoadNetwork;

/**
 * Frozen fixed-time signal timings: for each movement, its green intervals within its node's
 * cycle. Unsignalised movements are always green (priority rules are not modelled; the exit
 * capacity of the incoming link bounds the flow).
 */
public final class SignalTimings {
  /** Tolerance for floating-point cycle arithmetic [s]. */
  private static final double EPS = 1e-7;

  private final double[] cycle;
  private final double[] offset;
  private final double[][] greenStart;
  private final double[][] greenEnd;
  private final List<SignalPlan> plans;

  private SignalTimings(int movements, List<SignalPlan> plans) {
    this.cycle = new double[movements];
    this.offset = new double[movements];
    this.greenStart = new double[movements][];
    this.greenEnd = new double[movements][];
    this.plans = List.copyOf(plans);
  }

  /** No signals: every movement always green. */
  public static SignalTimings none(RoadNetwork net) {
    return new SignalTimings(net.movementCount(), List.of());
  }

  /**
   * Freezes plans against a network.
   *
   * @throws IllegalArgumentException if a plan names a movement of another node, two plans share
   *     a node, or a movement at a signalised node never gets green
   */
  public static SignalTimings of(RoadNetwork net, List<SignalPlan> plans) {
    SignalTimings t = new SignalTimings(net.movementCount(), plans);
    boolean[] planned = new boolean[net.nodeCount()];
    for (SignalPlan p : plans) {
      if (planned[p.node()]) {
        throw new IllegalArgumentException("two signal plans for node " + net.node(p.node()).id());
      }
      planned[p.node()] = true;
      t.add(net, p);
    }
    for (int m = 0; m < net.movementCount(); m++) {
      if (planned[net.to(net.movementFrom(m))] && t.greenStart[m] == null) {
        throw new IllegalArgumentException("movement " + net.movement(m) + " at signalised node "
            + net.node(net.to(net.movementFrom(m))).id() + " never gets green");
      }
    }
    return t;
  }

  private void add(RoadNetwork net, SignalPlan p) {
    double c = p.cycle();
    // Only this plan's movements: a map keeps the work per plan proportional to its size.
    java.util.Map<Integer, List<double[]>> intervals = new java.util.TreeMap<>();
    double t0 = 0;
    for (SignalPlan.Phase ph : p.phases()) {
      for (int m : ph.green()) {
        if (m < 0 || m >= cycle.length || net.to(net.movementFrom(m)) != p.node()) {
          throw new IllegalArgumentException("signal plan of node " + net.node(p.node()).id()
              + " names a movement that is not at that node");
        }
        List<double[]> list = intervals.computeIfAbsent(m, k -> new ArrayList<>());
        double[] last = list.isEmpty() ? null : list.get(list.size() - 1);
        if (last != null && Math.abs(last[1] - t0) < EPS) {
          last[1] = t0 + ph.duration();
        } else {
          list.add(new double[] {t0, t0 + ph.duration()});
        }
      }
      t0 += ph.duration();
    }
    intervals.forEach((m, list) -> {
      cycle[m] = c;
      offset[m] = p.offset();
      greenStart[m] = list.stream().mapToDouble(a -> a[0]).toArray();
      greenEnd[m] = list.stream().mapToDouble(a -> a[1]).toArray();
    });
  }

  /** True when movement {@code m} is controlled by a signal. */
  public boolean isSignalised(int m) {
    return greenStart[m] != null;
  }

  /**
   * The earliest time at or after {@code t} when movement {@code m} is green [s].
   *
   * @param m global movement index
   * @param t time [s]
   */
  public double nextGreen(int m, double t) {
    double[] starts = greenStart[m];
    if (starts == null) {
      return t;
    }
    double c = cycle[m];
    double k = Math.floor((t - offset[m]) / c);
    double base = offset[m] + k * c;
    double tc = t - base;
    double[] ends = greenEnd[m];
    for (int i = 0; i < starts.length; i++) {
      if (tc < ends[i] - EPS) {
        return tc >= starts[i] - EPS ? t : base + starts[i];
      }
    }
    return base + c + starts[0];
  }

  /** True when movement {@code m} is green at {@code t}. */
  public boolean isGreen(int m, double t) {
    return nextGreen(m, t) == t;
  }

  /** Green time of movement {@code m} per cycle [s]; the cycle length if unsignalised. */
  public double greenPerCycle(int m) {
    if (greenStart[m] == null) {
      return Double.NaN;
    }
    double g = 0;
    for (int i = 0; i < greenStart[m].length; i++) {
      g += greenEnd[m][i] - greenStart[m][i];
    }
    return g;
  }

  /** The plans these timings were made from. */
  public List<SignalPlan> plans() {
    return plans;
  }

  @Override
  public String toString() {
    return "SignalTimings[" + plans.size() + " plans, cycles " + Arrays.toString(
        plans.stream().mapToDouble(SignalPlan::cycle).distinct().toArray()) + "]";
  }
}
