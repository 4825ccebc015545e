package org.citysim.sim.scenario;

import java.util.List;

/**
 * A network listed node by node and link by link.
 *
 * @param nodes     junctions and end points
 * @param links     directed links
 * @param movements allowed turns; empty means every turn but U-turns
 * @param signals   fixed-time signal plans, at most one per node
 */
public record ExplicitNetworkSpec(
    List<NodeSpec> nodes, List<LinkSpec> links, List<MovementSpec> movements,
    List<SignalPlanSpec> signals) implements NetworkSpec {

  public ExplicitNetworkSpec {
    nodes = List.copyOf(nodes);
    links = List.copyOf(links);
    movements = List.copyOf(movements);
    signals = List.copyOf(signals);
  }

  /**
   * A node.
   *
   * @param id unique id
   * @param x  easting [m]
   * @param y  northing [m]
   */
  public record NodeSpec(String id, double x, double y) {}

  /**
   * A directed link. Values that are not positive are reported by the loader.
   *
   * @param id       unique id
   * @param from     upstream node id
   * @param to       downstream node id
   * @param length   length [m]
   * @param lanes    number of lanes
   * @param speed    free speed [m/s]
   * @param capacity flow capacity at the exit [veh/h]; NaN means lanes x the default per lane
   */
  public record LinkSpec(
      String id, String from, String to, double length, int lanes, double speed, double capacity) {}

  /**
   * An allowed turn from one link onto the next at their shared node.
   *
   * @param from incoming link id
   * @param to   outgoing link id
   */
  public record MovementSpec(String from, String to) {}

  /**
   * A fixed-time signal plan for one node.
   *
   * @param node   signalised node id
   * @param offset cycle offset [s]
   * @param phases phases in order; their durations add up to the cycle
   */
  public record SignalPlanSpec(String node, double offset, List<PhaseSpec> phases) {
    public SignalPlanSpec {
      phases = List.copyOf(phases);
    }
  }

  /**
   * One phase of a plan.
   *
   * @param duration length [s]
   * @param green    movements that have green, as "fromLink>toLink"; empty for an intergreen
   */
  public record PhaseSpec(double duration, List<MovementSpec> green) {
    public PhaseSpec {
      green = List.copyOf(green);
    }
  }
}
