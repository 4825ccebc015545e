package org.citysim.sim.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * Collects nodes, links and movements, validates them together and freezes them into a {@link
 * RoadNetwork}. Like jsprit's {@code VehicleRoutingProblem.Builder}: mutable while building,
 * immutable after {@link #build()}.
 */
public final class RoadNetworkBuilder {
  /** Jam spacing per vehicle used for storage capacity unless a link gives its own [m]. */
  public static final double DEFAULT_CELL_SIZE = 7.5;

  private final Map<NodeId, Node> nodes = new LinkedHashMap<>();
  private final Map<LinkId, Link> links = new LinkedHashMap<>();
  private final List<Movement> movements = new ArrayList<>();
  private final Map<Movement, int[]> movementLanes = new HashMap<>();
  private final Map<Movement, Double> crossingTimes = new HashMap<>();
  private final List<String> problems = new ArrayList<>();
  private final double cellSize;
  private boolean explicitMovements;

  /** A builder that sizes storage with {@code cellSize} [m] per vehicle and lane. */
  public RoadNetworkBuilder(double cellSize) {
    if (!(cellSize > 0)) {
      throw new IllegalArgumentException("cell size must be positive");
    }
    this.cellSize = cellSize;
  }

  /** A builder with the default cell size of 7.5 m. */
  public RoadNetworkBuilder() {
    this(DEFAULT_CELL_SIZE);
  }

  /** Adds a node at ({@code x}, {@code y}) [m]. */
  public RoadNetworkBuilder addNode(String id, double x, double y) {
    NodeId nid = new NodeId(id);
    if (nodes.putIfAbsent(nid, new Node(nid, x, y)) != null) {
      problems.add("node " + id + ": duplicate id");
    }
    return this;
  }

  /**
   * Adds a link whose storage is {@code length * lanes / cellSize}.
   *
   * @param length   [m]
   * @param lanes    lanes
   * @param speed    free speed [m/s]
   * @param capacity flow capacity [veh/h]
   */
  public RoadNetworkBuilder addLink(
      String id, String from, String to, double length, int lanes, double speed, double capacity) {
    return addLink(id, from, to, length, lanes, speed, capacity, length * lanes / cellSize);
  }

  /** Adds a link with an explicit storage capacity [veh]. */
  public RoadNetworkBuilder addLink(String id, String from, String to, double length, int lanes,
      double speed, double capacity, double storage) {
    LinkId lid = new LinkId(id);
    Link link = new Link(lid, new NodeId(from), new NodeId(to), length, lanes, speed, capacity,
        storage);
    if (links.putIfAbsent(lid, link) != null) {
      problems.add("link " + id + ": duplicate id");
    }
    return this;
  }

  /**
   * Allows the turn from link {@code from} to link {@code to}. Once any movement is added, only
   * the added ones are allowed; without any, every turn but U-turns is.
   */
  public RoadNetworkBuilder addMovement(String from, String to) {
    explicitMovements = true;
    movements.add(new Movement(new LinkId(from), new LinkId(to)));
    return this;
  }

  /**
   * Allows the turn from link {@code from} to link {@code to} from the given lanes of {@code
   * from} only (0-based, as many as the link has), as a SUMO connection names its {@code
   * fromLane}. Lanes shared by movements form one lane group with one queue; see {@link
   * RoadNetwork#laneGroupCount()}. Without lanes a movement uses every lane of its link.
   *
   * @param fromLanes lanes of {@code from} the movement leaves from, at least one
   */
  public RoadNetworkBuilder addMovement(String from, String to, int... fromLanes) {
    addMovement(from, to);
    movementLanes.put(movements.get(movements.size() - 1), fromLanes.clone());
    return this;
  }

  /**
   * Sets the time a vehicle needs to cross the junction on the movement from {@code from} to
   * {@code to} at free speed [s], such as SUMO's internal lanes take; the traffic model adds it
   * to the free-flow time on {@code to} of vehicles that enter it over that movement, after the
   * stop line (and signal) of {@code from}. Without it, 0.
   */
  public RoadNetworkBuilder setCrossingTime(String from, String to, double seconds) {
    crossingTimes.put(new Movement(new LinkId(from), new LinkId(to)), seconds);
    return this;
  }

  /**
   * Validates and freezes.
   *
   * @throws NetworkException listing every problem found
   */
  public RoadNetwork build() throws NetworkException {
    List<String> all = new ArrayList<>(problems);
    for (Link l : links.values()) {
      checkLink(l, all);
    }
    List<Movement> moves = explicitMovements ? checkedMovements(all) : defaultMovements();
    // A set: List.contains per crossing time was quadratic in movements (seconds on big nets).
    java.util.Set<Movement> known = new java.util.HashSet<>(moves);
    crossingTimes.forEach((m, t) -> {
      if (!known.contains(m)) {
        all.add("crossing time of movement " + m + ": no such movement");
      } else if (!(t >= 0) || Double.isInfinite(t)) {
        all.add("crossing time of movement " + m + " must be finite and not negative, got " + t
            + " s");
      }
    });
    if (nodes.isEmpty()) {
      all.add("network has no nodes");
    }
    if (!all.isEmpty()) {
      throw new NetworkException(all);
    }
    List<Node> nodeList = List.copyOf(nodes.values());
    List<Link> linkList = List.copyOf(links.values());
    return new RoadNetwork(nodeList, linkList, moves, movementLanes, crossingTimes,
        unreachableWarnings(nodeList, linkList));
  }

  private void checkLink(Link l, List<String> out) {
    String p = "link " + l.id() + ": ";
    if (!nodes.containsKey(l.from())) {
      out.add(p + "unknown from-node " + l.from());
    }
    if (!nodes.containsKey(l.to())) {
      out.add(p + "unknown to-node " + l.to());
    }
    if (l.from().equals(l.to())) {
      out.add(p + "starts and ends at the same node " + l.from());
    }
    if (!(l.length() > 0)) {
      out.add(p + "length must be positive, got " + l.length() + " m");
    }
    if (l.lanes() < 1) {
      out.add(p + "needs at least one lane, got " + l.lanes());
    }
    if (!(l.freeSpeed() > 0)) {
      out.add(p + "free speed must be positive, got " + l.freeSpeed() + " m/s");
    }
    if (!(l.flowCapacity() > 0)) {
      out.add(p + "flow capacity must be positive, got " + l.flowCapacity() + " veh/h");
    }
    if (l.length() > 0 && l.lanes() >= 1 && !(l.storageCapacity() > 0)) {
      out.add(p + "storage capacity must be positive, got " + l.storageCapacity() + " veh");
    }
  }

  private List<Movement> checkedMovements(List<String> out) {
    Set<Movement> seen = new HashSet<>();
    List<Movement> result = new ArrayList<>();
    for (Movement m : movements) {
      Link a = links.get(m.from());
      Link b = links.get(m.to());
      if (a == null || b == null) {
        out.add("movement " + m + ": unknown link " + (a == null ? m.from() : m.to()));
      } else if (!a.to().equals(b.from())) {
        out.add("movement " + m + ": link " + a.id() + " ends at " + a.to() + " but link "
            + b.id() + " starts at " + b.from());
      } else if (!seen.add(m)) {
        out.add("movement " + m + ": listed twice");
      } else if (!lanesFit(m, a, out)) {
        continue;
      } else {
        result.add(m);
      }
    }
    return result;
  }

  private boolean lanesFit(Movement m, Link a, List<String> out) {
    int[] ls = movementLanes.get(m);
    if (ls == null) {
      return true;
    }
    if (ls.length == 0) {
      out.add("movement " + m + ": needs at least one lane of link " + a.id());
      return false;
    }
    for (int lane : ls) {
      if (lane < 0 || lane >= a.lanes()) {
        out.add("movement " + m + ": lane " + lane + " of link " + a.id() + " does not exist"
            + " (it has " + a.lanes() + ", numbered from 0)");
        return false;
      }
    }
    return true;
  }

  private List<Movement> defaultMovements() {
    Map<NodeId, List<Link>> outgoing = new HashMap<>();
    for (Link l : links.values()) {
      outgoing.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
    }
    List<Movement> result = new ArrayList<>();
    for (Link in : links.values()) {
      for (Link out : outgoing.getOrDefault(in.to(), List.of())) {
        if (!out.to().equals(in.from())) {
          result.add(new Movement(in.id(), out.id()));
        }
      }
    }
    return result;
  }

  /** Nodes outside the largest strongly connected part cannot reach, or be reached from, it. */
  private static List<String> unreachableWarnings(List<Node> nodeList, List<Link> linkList) {
    Graph<NodeId, LinkId> g = GraphTypeBuilder.<NodeId, LinkId>directed()
        .allowingMultipleEdges(true).allowingSelfLoops(false).buildGraph();
    nodeList.forEach(n -> g.addVertex(n.id()));
    linkList.forEach(l -> g.addEdge(l.from(), l.to(), l.id()));
    List<Set<NodeId>> parts = new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets();
    if (parts.size() <= 1) {
      return List.of();
    }
    Set<NodeId> main = parts.stream().max((a, b) -> Integer.compare(a.size(), b.size())).get();
    TreeSet<String> cut = new TreeSet<>();
    nodeList.stream().filter(n -> !main.contains(n.id())).forEach(n -> cut.add(n.id().value()));
    String sample = String.join(", ", cut.stream().limit(10).toList());
    return List.of("the network is not strongly connected: " + cut.size() + " of "
        + nodeList.size() + " nodes cannot both reach and be reached from its largest connected"
        + " part (" + sample + (cut.size() > 10 ? ", ..." : "") + "); trips between such nodes"
        + " may have no route, which is expected for one-way corridors");
  }
}
