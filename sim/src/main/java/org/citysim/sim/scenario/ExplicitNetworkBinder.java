package org.citysim.sim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citysim.sim.scenario.ExplicitNetworkSpec.LinkSpec;
import org.citysim.sim.scenario.ExplicitNetworkSpec.MovementSpec;
import org.citysim.sim.scenario.ExplicitNetworkSpec.NodeSpec;
import org.citysim.sim.scenario.ExplicitNetworkSpec.PhaseSpec;
import org.citysim.sim.scenario.ExplicitNetworkSpec.SignalPlanSpec;
import org.citysim.sim.scenario.yaml.Loc;
import org.citysim.sim.scenario.yaml.Obj;
import org.citysim.sim.scenario.yaml.Problems;
import org.citysim.sim.scenario.yaml.Range;
import org.citysim.sim.scenario.yaml.Val;

/**
 * Binds an explicit network (nodes, links, movements, signal plans) and checks its references:
 * unique ids, links between known nodes, movements between links that meet, and signal phases
 * that name allowed movements through their own node.
 */
final class ExplicitNetworkBinder {
  private static final double CAPACITY_PER_LANE = 1800;

  private final Problems problems;
  /** Where each id was first defined, for "duplicate" hints. */
  private final Map<String, Loc> nodeLocs = new LinkedHashMap<>();
  /** Ends of every link whose id and nodes could be read, even if other fields are bad. */
  private final Map<String, String[]> linkEnds = new LinkedHashMap<>();
  /** Every link id read, in order, including links that are unusable because of other problems. */
  private final Map<String, Loc> linkLocs = new LinkedHashMap<>();

  ExplicitNetworkBinder(Problems problems) {
    this.problems = problems;
  }

  NetworkBinder.Result bind(Obj net) {
    int before = problems.size();
    List<NodeSpec> nodes = nodes(net);
    NodeSet nodeSet = new NodeSet.Listed(Collections.unmodifiableSet(new LinkedHashSet<>(nodeLocs.keySet())));
    List<LinkSpec> links = links(net, nodeSet);
    List<MovementSpec> movements = movements(net);
    List<SignalPlanSpec> signals = signals(net, nodeSet, Set.copyOf(movements));
    if (problems.size() > before) {
      return new NetworkBinder.Result(null, nodeSet);
    }
    return new NetworkBinder.Result(ScenarioBinder.build(net,
        () -> new ExplicitNetworkSpec(nodes, links, movements, signals)), nodeSet);
  }

  private List<NodeSpec> nodes(Obj net) {
    List<NodeSpec> out = new ArrayList<>();
    for (Val v : nonEmptyList(net, "nodes", "list the nodes as '- {id: a, x: 0, y: 0}'")) {
      Obj o = v.obj();
      if (o == null) {
        continue;
      }
      o.checkKeys("id", "x", "y");
      String id = uniqueId(o, "node", nodeLocs);
      Double x = o.requireNumber("x", Range.ANY);
      Double y = o.requireNumber("y", Range.ANY);
      if (id != null && x != null && y != null) {
        out.add(new NodeSpec(id, x, y));
      }
    }
    return out;
  }

  private List<LinkSpec> links(Obj net, NodeSet nodes) {
    List<LinkSpec> out = new ArrayList<>();
    for (Val v : nonEmptyList(net, "links", "list the links as '- {id: ab, from: a, to: b, "
        + "length: 200, speed: 13.89}'")) {
      Obj o = v.obj();
      if (o == null) {
        continue;
      }
      int before = problems.size();
      o.checkKeys("id", "from", "to", "length", "lanes", "speed", "capacity");
      String id = uniqueId(o, "link", linkLocs);
      String from = nodeRef(o, "from", nodes);
      String to = nodeRef(o, "to", nodes);
      if (from != null && from.equals(to)) {
        o.opt("to").problem("link starts and ends at node '" + from + "'",
            "a link must join two different nodes");
      }
      Double length = o.requireNumber("length", Range.greaterThan(0));
      int lanes = o.optInt("lanes", 1, Range.closed(1, 16));
      Double speed = o.requireNumber("speed", Range.openClosed(0, 70));
      double capacity = o.optNumber("capacity", lanes * CAPACITY_PER_LANE, Range.greaterThan(0));
      if (id != null && from != null && to != null && !linkEnds.containsKey(id)) {
        linkEnds.put(id, new String[] {from, to});
      }
      if (problems.size() == before) {
        out.add(new LinkSpec(id, from, to, length, lanes, speed, capacity));
      }
    }
    return out;
  }

  private List<MovementSpec> movements(Obj net) {
    List<MovementSpec> out = new ArrayList<>();
    Set<MovementSpec> seen = new HashSet<>();
    for (Val v : net.optList("movements")) {
      Obj o = v.obj();
      if (o == null) {
        continue;
      }
      o.checkKeys("from", "to");
      String from = linkRef(o.require("from"));
      String to = linkRef(o.require("to"));
      if (from == null || to == null || !meet(o.opt("to"), from, to)) {
        continue;
      }
      MovementSpec m = new MovementSpec(from, to);
      if (!seen.add(m)) {
        v.problem("duplicate movement " + from + ">" + to, "list each movement once");
      } else {
        out.add(m);
      }
    }
    return out;
  }

  private List<SignalPlanSpec> signals(Obj net, NodeSet nodes, Set<MovementSpec> movements) {
    List<SignalPlanSpec> out = new ArrayList<>();
    Map<String, Loc> planLocs = new HashMap<>();
    for (Val v : net.optList("signals")) {
      Obj o = v.obj();
      if (o == null) {
        continue;
      }
      int before = problems.size();
      o.checkKeys("node", "offset", "phases");
      String node = nodeRef(o, "node", nodes);
      Loc first = node == null ? null : planLocs.putIfAbsent(node, o.opt("node").loc());
      if (first != null) {
        o.opt("node").problem("node '" + node + "' already has a signal plan",
            "first plan at line " + first.line() + "; give each node at most one plan");
      }
      double offset = o.optNumber("offset", 0, Range.atLeast(0));
      List<PhaseSpec> phases = new ArrayList<>();
      for (Val pv : nonEmptyList(o, "phases", "list phases as '- {duration: 30, green: [a>b]}'")) {
        Obj p = pv.obj();
        if (p == null) {
          continue;
        }
        p.checkKeys("duration", "green");
        Double duration = p.requireNumber("duration", Range.greaterThan(0));
        List<MovementSpec> green = new ArrayList<>();
        Val g = p.require("green");
        for (Val gv : g == null ? List.<Val>of() : listOrEmpty(g)) {
          MovementSpec m = greenMovement(gv, node, movements);
          if (m != null) {
            green.add(m);
          }
        }
        if (duration != null) {
          phases.add(new PhaseSpec(duration, green));
        }
      }
      if (problems.size() == before) {
        out.add(new SignalPlanSpec(node, offset, phases));
      }
    }
    return out;
  }

  /** A "from>to" green movement that passes through {@code node} and is allowed. */
  private MovementSpec greenMovement(Val v, String node, Set<MovementSpec> movements) {
    String text = v.text();
    if (text == null) {
      return null;
    }
    String[] parts = text.split(">", -1);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      v.problem("expected a movement 'fromLink>toLink', got '" + text + "'",
          "write e.g. \"ab>bc\" for the turn from link ab onto link bc");
      return null;
    }
    String from = parts[0].trim();
    String to = parts[1].trim();
    for (String link : new String[] {from, to}) {
      if (!linkLocs.containsKey(link)) {
        v.problem("unknown link '" + link + "' in movement '" + text + "'",
            NodeSet.knownHint("link", link, linkLocs.keySet()));
        return null;
      }
    }
    if (!linkEnds.containsKey(from) || !linkEnds.containsKey(to)) {
      return null;
    }
    if (!meet(v, from, to)) {
      return null;
    }
    MovementSpec m = new MovementSpec(from, to);
    String at = linkEnds.get(from)[1];
    if (node != null && !at.equals(node)) {
      v.problem("movement '" + text + "' is at node '" + at + "', not at signal node '" + node + "'",
          "a plan can only give green to movements through its own node");
      return null;
    }
    if (!movements.isEmpty() && !movements.contains(m)) {
      v.problem("movement '" + text + "' is not in network.movements",
          "add {from: " + from + ", to: " + to + "} to movements, or remove it from the phase");
      return null;
    }
    if (movements.isEmpty() && linkEnds.get(to)[1].equals(linkEnds.get(from)[0])) {
      v.problem("movement '" + text + "' is a U-turn", "U-turns are allowed only when listed in "
          + "network.movements");
      return null;
    }
    return m;
  }

  /** Whether link {@code to} starts where link {@code from} ends; a problem at {@code at} if not. */
  private boolean meet(Val at, String from, String to) {
    String end = linkEnds.get(from)[1];
    String start = linkEnds.get(to)[0];
    if (!end.equals(start)) {
      at.problem("links '" + from + "' and '" + to + "' do not meet at a node",
          "'" + from + "' ends at node '" + end + "' but '" + to + "' starts at node '" + start + "'");
      return false;
    }
    return true;
  }

  private String uniqueId(Obj o, String what, Map<String, Loc> seen) {
    String id = o.requireText("id");
    if (id == null) {
      return null;
    }
    Val v = o.opt("id");
    if (id.isBlank()) {
      v.problem(what + " id must not be empty", "");
      return null;
    }
    Loc first = seen.putIfAbsent(id, v.loc());
    if (first != null) {
      v.problem("duplicate " + what + " id '" + id + "'", "'" + id + "' is already defined"
          + (first.line() > 0 ? " at line " + first.line() : "") + "; ids must be unique");
      return null;
    }
    return id;
  }

  private String nodeRef(Obj o, String key, NodeSet nodes) {
    String id = o.requireText(key);
    if (id != null && !nodes.contains(id)) {
      o.opt(key).problem("unknown node '" + id + "'", nodes.hint(id));
      return null;
    }
    return id;
  }

  private String linkRef(Val v) {
    String id = v == null ? null : v.text();
    if (id != null && !linkLocs.containsKey(id)) {
      v.problem("unknown link '" + id + "'", NodeSet.knownHint("link", id, linkLocs.keySet()));
      return null;
    }
    // A link defined with problems of its own is known but unusable; it is reported once, there.
    return linkEnds.containsKey(id) ? id : null;
  }

  private static List<Val> nonEmptyList(Obj o, String key, String hint) {
    Val v = o.require(key);
    List<Val> items = v == null ? null : v.list();
    if (items != null && items.isEmpty()) {
      v.problem("'" + key + "' must not be empty", hint);
    }
    return items == null ? List.of() : items;
  }

  private static List<Val> listOrEmpty(Val v) {
    List<Val> l = v.list();
    return l == null ? List.of() : l;
  }
}
