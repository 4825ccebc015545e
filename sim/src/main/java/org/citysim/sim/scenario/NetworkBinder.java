package org.citysim.sim.scenario;

import org.citysim.sim.scenario.yaml.Obj;
import org.citysim.sim.scenario.yaml.Problems;
import org.citysim.sim.scenario.yaml.Range;
import org.citysim.sim.scenario.yaml.Val;

/**
 * Binds {@code network:}: a generated grid, an explicit list of nodes and links, or SUMO files.
 */
final class NetworkBinder {
  private final Problems problems;
  private final java.nio.file.Path baseDir;

  NetworkBinder(Problems problems, java.nio.file.Path baseDir) {
    this.problems = problems;
    this.baseDir = baseDir;
  }

  /**
   * @param spec  the network, or null when it has problems
   * @param nodes its node ids for reference checks, or null when even those are unknown
   */
  record Result(NetworkSpec spec, NodeSet nodes) {}

  Result bind(Obj net) {
    net.checkKeys("grid", "nodes", "links", "movements", "signals", "sumo");
    boolean explicit = net.has("nodes") || net.has("links") || net.has("movements")
        || net.has("signals");
    if (net.has("sumo")) {
      if (net.has("grid") || explicit) {
        net.problem("network has 'sumo' and another kind of network",
            "use one of 'sumo:', 'grid:', or 'nodes:' and 'links:'");
        return new Result(null, null);
      }
      Obj s = net.optObj("sumo");
      return new Result(s == null ? null : sumo(s), null);
    }
    if (net.has("grid") && explicit) {
      net.problem("network has both 'grid' and explicit nodes/links/movements/signals",
          "use either 'grid:' or 'nodes:' and 'links:', not both");
      return new Result(null, null);
    }
    if (net.has("grid")) {
      Obj g = net.optObj("grid");
      return g == null ? new Result(null, null) : grid(g);
    }
    if (explicit) {
      return new ExplicitNetworkBinder(problems).bind(net);
    }
    net.problem("network has neither 'grid' nor 'nodes' and 'links'",
        "add 'grid: {rows: 6, columns: 6}' or lists of nodes and links");
    return new Result(null, null);
  }

  /** SUMO files; node ids are only known after reading them, so references are checked then. */
  private SumoNetworkSpec sumo(Obj s) {
    int before = problems.size();
    s.checkKeys("net", "additional", "saturationFlow");
    Val netName = s.require("net");
    java.nio.file.Path net = netName == null ? null
        : InputFiles.resolve(netName, baseDir, "SUMO net file");
    java.util.List<java.nio.file.Path> additional =
        InputFiles.resolveAll(s.opt("additional"), baseDir, "SUMO additional file");
    double saturation = s.optNumber("saturationFlow", 1800, Range.openClosed(0, 3600));
    return problems.size() > before ? null
        : ScenarioBinder.build(s, () -> new SumoNetworkSpec(net, additional, saturation));
  }

  private Result grid(Obj g) {
    int before = problems.size();
    g.checkKeys("rows", "columns", "spacing", "lanes", "speed", "capacityPerLane", "signals");
    Integer rows = g.requireInt("rows", Range.closed(2, 1000));
    Integer columns = g.requireInt("columns", Range.closed(2, 1000));
    double spacing = g.optNumber("spacing", 200, Range.openClosed(0, 100_000));
    int lanes = g.optInt("lanes", 1, Range.closed(1, 8));
    double speed = g.optNumber("speed", 13.89, Range.openClosed(0, 70));
    double capacity = g.optNumber("capacityPerLane", 1800, Range.openClosed(0, 3600));
    Obj s = g.optObj("signals");
    GridSignals signals = s == null ? GridSignals.defaults() : signals(s);
    NodeSet nodes = rows == null || columns == null ? null : new NodeSet.Grid(rows, columns);
    if (problems.size() > before) {
      return new Result(null, nodes);
    }
    return new Result(ScenarioBinder.build(g,
        () -> new GridSpec(rows, columns, spacing, lanes, speed, capacity, signals)), nodes);
  }

  private GridSignals signals(Obj s) {
    int before = problems.size();
    GridSignals d = GridSignals.defaults();
    s.checkKeys("enabled", "cycle", "intergreen", "nsShare", "offsetStep");
    boolean enabled = s.optBool("enabled", d.enabled());
    double cycle = s.optNumber("cycle", d.cycle(), Range.closed(20, 300));
    double intergreen = s.optNumber("intergreen", d.intergreen(), Range.closed(0, 20));
    double nsShare = s.optNumber("nsShare", d.nsShare(), Range.open(0, 1));
    double offsetStep = s.optNumber("offsetStep", d.offsetStep(), Range.atLeast(0));
    if (problems.size() == before && enabled && !(cycle > 2 * intergreen)) {
      String message = "cycle " + num(cycle) + " s must exceed two intergreens of "
          + num(intergreen) + " s";
      String hint = "make cycle longer than " + num(2 * intergreen) + " s or intergreen shorter";
      if (s.has("cycle")) {
        s.opt("cycle").problem(message, hint);
      } else {
        s.opt("intergreen").problem(message, hint);
      }
    }
    return problems.size() > before ? null : ScenarioBinder.build(s,
        () -> new GridSignals(enabled, cycle, intergreen, nsShare, offsetStep));
  }

  static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
