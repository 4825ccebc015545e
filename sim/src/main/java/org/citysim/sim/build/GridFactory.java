package org.citysim.sim.build;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.network.NetworkException;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.network.RoadNetworkBuilder;
import org.citysim.sim.scenario.GridSignals;
import org.citysim.sim.scenario.GridSpec;
import org.citysim.sim.signal.SignalPlan;
import org.citysim.sim.signal.SignalTimings;

/**
 * Generates a grid town: junction {@code r<row>c<col>} at {@code x = col*spacing},
 * {@code y = (rows-1-row)*spacing} (row 0 in the north), two-way links {@code a-b} between
 * neighbours, every turn but U-turns allowed, and at every junction with three or more approaches
 * a two-phase fixed-time plan: north-south green, intergreen, east-west green, intergreen.
 */
public final class GridFactory {
  private GridFactory() {}

  /** Node id of the junction in {@code row}, {@code col}. */
  public static String nodeId(int row, int col) {
    return "r" + row + "c" + col;
  }

  /** Builds the grid with storage sized by {@code cellSize} [m]. */
  public static BuiltNetwork build(GridSpec g, double cellSize) {
    RoadNetworkBuilder b = new RoadNetworkBuilder(cellSize);
    for (int r = 0; r < g.rows(); r++) {
      for (int c = 0; c < g.columns(); c++) {
        b.addNode(nodeId(r, c), c * g.spacing(), (g.rows() - 1 - r) * g.spacing());
      }
    }
    double cap = g.lanes() * g.capacityPerLane();
    for (int r = 0; r < g.rows(); r++) {
      for (int c = 0; c < g.columns(); c++) {
        if (c + 1 < g.columns()) {
          twoWay(b, nodeId(r, c), nodeId(r, c + 1), g, cap);
        }
        if (r + 1 < g.rows()) {
          twoWay(b, nodeId(r, c), nodeId(r + 1, c), g, cap);
        }
      }
    }
    RoadNetwork net;
    try {
      net = b.build();
    } catch (NetworkException e) {
      throw new IllegalStateException("generated grid is invalid: " + e.getMessage(), e);
    }
    return new BuiltNetwork(net, g.signals().enabled()
        ? SignalTimings.of(net, plans(net, g)) : SignalTimings.none(net));
  }

  private static void twoWay(RoadNetworkBuilder b, String a, String c, GridSpec g, double cap) {
    b.addLink(a + "-" + c, a, c, g.spacing(), g.lanes(), g.speed(), cap);
    b.addLink(c + "-" + a, c, a, g.spacing(), g.lanes(), g.speed(), cap);
  }

  private static List<SignalPlan> plans(RoadNetwork net, GridSpec g) {
    GridSignals s = g.signals();
    List<SignalPlan> plans = new ArrayList<>();
    for (int n = 0; n < net.nodeCount(); n++) {
      if (net.inDegree(n) < 3) {
        continue;
      }
      List<Integer> ns = new ArrayList<>();
      List<Integer> ew = new ArrayList<>();
      for (int l : net.inLinks(n)) {
        boolean vertical = net.node(net.from(l)).x() == net.node(n).x();
        for (int m = net.movementStart(l); m < net.movementEnd(l); m++) {
          (vertical ? ns : ew).add(m);
        }
      }
      int col = (int) Math.round(net.node(n).x() / g.spacing());
      List<SignalPlan.Phase> phases = new ArrayList<>();
      phases.add(new SignalPlan.Phase(s.nsGreen(), ints(ns)));
      if (s.intergreen() > 0) {
        phases.add(new SignalPlan.Phase(s.intergreen(), new int[0]));
      }
      phases.add(new SignalPlan.Phase(s.ewGreen(), ints(ew)));
      if (s.intergreen() > 0) {
        phases.add(new SignalPlan.Phase(s.intergreen(), new int[0]));
      }
      plans.add(new SignalPlan(n, col * s.offsetStep(), phases));
    }
    return plans;
  }

  private static int[] ints(List<Integer> xs) {
    return xs.stream().mapToInt(Integer::intValue).toArray();
  }
}
