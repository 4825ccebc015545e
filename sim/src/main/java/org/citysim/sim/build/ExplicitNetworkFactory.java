package org.citysim.sim.build;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.network.NetworkException;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.network.RoadNetworkBuilder;
import org.citysim.sim.scenario.ExplicitNetworkSpec;
import org.citysim.sim.scenario.ExplicitNetworkSpec.MovementSpec;
import org.citysim.sim.scenario.ExplicitNetworkSpec.PhaseSpec;
import org.citysim.sim.scenario.ExplicitNetworkSpec.SignalPlanSpec;
import org.citysim.sim.signal.SignalPlan;
import org.citysim.sim.signal.SignalTimings;

/** Builds a network listed node by node and link by link. */
public final class ExplicitNetworkFactory {
  private ExplicitNetworkFactory() {}

  /**
   * Builds and validates.
   *
   * @param spec     the listed network
   * @param cellSize jam spacing for storage capacity [m]
   * @throws NetworkException with every problem found
   */
  public static BuiltNetwork build(ExplicitNetworkSpec spec, double cellSize)
      throws NetworkException {
    RoadNetworkBuilder b = new RoadNetworkBuilder(cellSize);
    spec.nodes().forEach(n -> b.addNode(n.id(), n.x(), n.y()));
    spec.links().forEach(l -> b.addLink(l.id(), l.from(), l.to(), l.length(), l.lanes(),
        l.speed(), Double.isNaN(l.capacity()) ? l.lanes() * 1800.0 : l.capacity()));
    spec.movements().forEach(m -> b.addMovement(m.from(), m.to()));
    RoadNetwork net = b.build();
    List<String> problems = new ArrayList<>();
    List<SignalPlan> plans = new ArrayList<>();
    for (SignalPlanSpec p : spec.signals()) {
      int node = net.nodeIndex(p.node());
      if (node < 0) {
        problems.add("signal plan: unknown node " + p.node());
        continue;
      }
      List<SignalPlan.Phase> phases = new ArrayList<>();
      for (PhaseSpec ph : p.phases()) {
        int[] green = new int[ph.green().size()];
        for (int i = 0; i < green.length; i++) {
          MovementSpec m = ph.green().get(i);
          int a = net.linkIndex(m.from());
          int c = net.linkIndex(m.to());
          green[i] = a < 0 || c < 0 ? -1 : net.movementIndex(a, c);
          if (green[i] < 0) {
            problems.add("signal plan of " + p.node() + ": " + m.from() + ">" + m.to()
                + " is not an allowed movement");
          }
        }
        phases.add(new SignalPlan.Phase(ph.duration(), green));
      }
      plans.add(new SignalPlan(node, p.offset(), phases));
    }
    if (!problems.isEmpty()) {
      throw new NetworkException(problems);
    }
    try {
      return new BuiltNetwork(net, SignalTimings.of(net, plans));
    } catch (IllegalArgumentException e) {
      throw new NetworkException(List.of(e.getMessage()));
    }
  }
}
