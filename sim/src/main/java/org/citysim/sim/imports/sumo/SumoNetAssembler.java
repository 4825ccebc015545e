package org.citysim.sim.imports.sumo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.citysim.sim.build.BuiltNetwork;
import org.citysim.sim.network.NetworkException;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.network.RoadNetworkBuilder;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.signal.SignalPlan;
import org.citysim.sim.signal.SignalTimings;

/** Checks the parsed SUMO data against itself and builds the network and its signals. */
final class SumoNetAssembler {
  private final SumoNetData d;
  private final Path netFile;
  private final double saturationFlowPerLane;
  private final double cellSize;
  private final List<Problem> problems;
  private final List<String> warnings = new ArrayList<>();

  SumoNetAssembler(SumoNetData d, Path netFile, double saturationFlowPerLane, double cellSize,
      List<Problem> problems) {
    this.d = d;
    this.netFile = netFile;
    this.saturationFlowPerLane = saturationFlowPerLane;
    this.cellSize = cellSize;
    this.problems = problems;
  }

  SumoNetwork assemble() throws ScenarioException {
    checkEdges();
    List<SumoMovement> moves = checkedMovements();
    SignalPlanMapper.Result signals =
        new SignalPlanMapper(d, problems, warnings).map(moves, netFile);
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    RoadNetworkBuilder b = new RoadNetworkBuilder(cellSize);
    Set<String> used = new LinkedHashSet<>();
    d.edges.values().forEach(e -> {
      used.add(e.from());
      used.add(e.to());
    });
    d.junctions.values().stream().filter(j -> used.contains(j.id()))
        .forEach(j -> b.addNode(j.id(), j.x(), j.y()));
    d.edges.values().forEach(e -> b.addLink(e.id(), e.from(), e.to(), e.length(), e.lanes(),
        e.speed(), e.lanes() * saturationFlowPerLane));
    moves.stream().filter(m -> !signals.dropped().contains(m)).forEach(m -> {
      int[] lanes = lanes(m);
      if (lanes.length == 0) {
        b.addMovement(m.from(), m.to());
      } else {
        b.addMovement(m.from(), m.to(), lanes);
      }
      double crossing = crossingTime(m);
      if (crossing > 0) {
        b.setCrossingTime(m.from(), m.to(), crossing);
      }
    });
    RoadNetwork net;
    try {
      net = b.build();
    } catch (NetworkException e) {
      throw new ScenarioException(e.problems().stream().map(p -> new Problem(netFile, 0, 0, "",
          p, "a network netconvert accepts")).toList());
    }
    List<SignalPlan> plans = signals.plans().stream().map(p -> toPlan(net, p)).toList();
    SignalTimings timings;
    try {
      timings = SignalTimings.of(net, plans);
    } catch (IllegalArgumentException e) {
      throw new ScenarioException(new Problem(netFile, 0, 0, "tlLogic", e.getMessage(), ""));
    }
    summarise(used, net);
    return new SumoNetwork(new BuiltNetwork(net, timings), warnings);
  }

  /**
   * The lanes of its incoming link that a movement leaves from, numbered among the link's
   * counted lanes; empty (every lane) when SUMO names none of them, for instance a connection
   * from a bike lane only.
   */
  private int[] lanes(SumoMovement m) {
    List<Integer> counted = d.edges.get(m.from()).laneIndices();
    return m.fromLanes().stream().mapToInt(counted::indexOf).filter(i -> i >= 0).toArray();
  }

  /**
   * Time to cross the junction on this movement [s]: over its lane connections, the mean of
   * the time to drive its internal lanes ({@code via}, and the lanes that continues on) at
   * their speed limits; 0 without internal lanes.
   */
  private double crossingTime(SumoMovement m) {
    double sum = 0;
    int n = 0;
    for (String via : m.vias()) {
      double t = 0;
      String lane = via;
      for (int hops = 0; lane != null && hops < 8; hops++) {
        t += d.internalLaneTime.getOrDefault(lane, 0.0);
        lane = d.internalNext.get(lane);
      }
      sum += t;
      n++;
    }
    return n == 0 ? 0 : sum / n;
  }

  private void checkEdges() {
    for (SumoEdge e : d.edges.values()) {
      for (String j : List.of(e.from(), e.to())) {
        if (!d.junctions.containsKey(j)) {
          problems.add(new Problem(netFile, e.line(), 0, "edge[" + e.id() + "]",
              "unknown junction '" + j + "'", "the id of a <junction> of this net"));
        }
      }
    }
  }

  /** Movements between kept edges; those touching pedestrian edges are left out. */
  private List<SumoMovement> checkedMovements() {
    List<SumoMovement> out = new ArrayList<>();
    for (SumoMovement m : d.movements.values()) {
      if (d.pedestrianEdges.contains(m.from()) || d.pedestrianEdges.contains(m.to())) {
        continue;
      }
      SumoEdge a = d.edges.get(m.from());
      SumoEdge b = d.edges.get(m.to());
      if (a == null || b == null) {
        problems.add(new Problem(netFile, m.line(), m.column(), "connection",
            "unknown edge '" + (a == null ? m.from() : m.to()) + "'",
            "from and to must name <edge> ids of this net"));
      } else if (!a.to().equals(b.from())) {
        problems.add(new Problem(netFile, m.line(), m.column(), "connection",
            "edge " + a.id() + " ends at junction " + a.to() + " but edge " + b.id()
                + " starts at " + b.from(), "connect edges that meet at one junction"));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private static SignalPlan toPlan(RoadNetwork net, SignalPlanMapper.NodePlan p) {
    List<SignalPlan.Phase> phases = new ArrayList<>();
    for (int i = 0; i < p.durations().size(); i++) {
      int[] green = p.green().get(i).stream().mapToInt(m -> net.movementIndex(
          net.linkIndex(m.from()), net.linkIndex(m.to()))).toArray();
      phases.add(new SignalPlan.Phase(p.durations().get(i), green));
    }
    return new SignalPlan(net.nodeIndex(p.node()), p.offset(), phases);
  }

  private void summarise(Set<String> usedJunctions, RoadNetwork net) {
    List<String> noCars = d.edges.values().stream().filter(e -> !e.carLanes())
        .map(SumoEdge::id).toList();
    if (!noCars.isEmpty()) {
      warnings.add(noCars.size() + " edge(s) have no lane open to passenger cars and were"
          + " imported with their bus lanes (at least 1): " + SignalPlanMapper.sample(noCars));
    }
    if (d.internalEdges + d.internalJunctions > 0) {
      warnings.add("skipped " + d.internalEdges + " internal edge(s), " + d.internalJunctions
          + " internal junction(s) and " + d.internalConnections + " internal connection(s):"
          + " their lengths and speeds only give each movement its time to cross the junction");
    }
    if (!d.pedestrianEdges.isEmpty()) {
      warnings.add("skipped " + d.pedestrianEdges.size() + " pedestrian crossing/walking-area"
          + " edge(s): pedestrians are not modelled");
    }
    long unused = d.junctions.keySet().stream().filter(j -> !usedJunctions.contains(j)).count();
    if (unused > 0) {
      warnings.add("skipped " + unused + " junction(s) that no imported edge touches");
    }
    warnings.addAll(d.ignored.warnings());
    warnings.addAll(net.warnings());
  }
}
