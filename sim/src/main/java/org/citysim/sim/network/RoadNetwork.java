package org.citysim.sim.network;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * A frozen road network. The JGraphT graph ({@link #graph()}: node indices as vertices, link
 * indices as edges) serves algorithms; the parallel arrays serve the hot path, where a link or
 * node is an {@code int} index in [0, count). Movements are numbered globally and grouped by
 * their incoming link.
 *
 * <p><b>Lane groups.</b> The lanes of a link that serve the same movements form a lane group
 * (the lane group of traffic engineering, as in the Highway Capacity Manual): a movement that
 * leaves from lanes 0 and 1 joins them into one group, and a lane that only one movement uses
 * (an exclusive turn lane) is a group of its own. Each group is a queue of its own in the
 * traffic model, with its share of the link's capacity and storage, so that vehicles waiting
 * for one movement do not hold up those in other lanes. A link whose movements do not name
 * lanes has one group of all its lanes. Vehicles that end their trip on a link use its largest
 * group, which also takes the lanes that no movement uses.
 *
 * <p><b>Crossing times.</b> A movement may take time to cross its junction ({@link
 * #crossingTime}, from SUMO's internal lanes); a vehicle that enters a link over a movement
 * then needs that much longer to reach its end, and counts on it while it crosses.
 */
public final class RoadNetwork {
  private final List<Node> nodes;
  private final List<Link> links;
  private final List<Movement> movements;
  private final List<String> warnings;
  private final Map<NodeId, Integer> nodeIndex = new HashMap<>();
  private final Map<LinkId, Integer> linkIndex = new HashMap<>();
  private final Graph<Integer, Integer> graph;

  private final int[] linkFrom;
  private final int[] linkTo;
  private final double[] length;
  private final double[] freeSpeed;
  private final double[] capacity;
  private final double[] storage;
  private final int[] lanes;
  private final int[] outStart;
  private final int[] outLinks;
  private final int[] inStart;
  private final int[] inLinks;
  private final int[] moveStart;
  private final int[] moveTo;
  private final int[] moveFrom;
  private final int[] groupStart;
  private final int[] groupLink;
  private final int[] groupLanes;
  private final int[] moveGroup;
  private final int[] arrivalGroup;
  private final double[] crossing;
  private final double[] maxCrossingInto;

  RoadNetwork(List<Node> nodes, List<Link> links, List<Movement> movements,
      Map<Movement, int[]> movementLanes, Map<Movement, Double> crossingTimes,
      List<String> warnings) {
    this.nodes = nodes;
    this.links = links;
    this.warnings = List.copyOf(warnings);
    for (int i = 0; i < nodes.size(); i++) {
      nodeIndex.put(nodes.get(i).id(), i);
    }
    for (int i = 0; i < links.size(); i++) {
      linkIndex.put(links.get(i).id(), i);
    }
    int n = nodes.size();
    int m = links.size();
    linkFrom = new int[m];
    linkTo = new int[m];
    length = new double[m];
    freeSpeed = new double[m];
    capacity = new double[m];
    storage = new double[m];
    lanes = new int[m];
    for (int i = 0; i < m; i++) {
      Link l = links.get(i);
      linkFrom[i] = nodeIndex.get(l.from());
      linkTo[i] = nodeIndex.get(l.to());
      length[i] = l.length();
      freeSpeed[i] = l.freeSpeed();
      capacity[i] = l.flowCapacity();
      storage[i] = l.storageCapacity();
      lanes[i] = l.lanes();
    }
    outStart = new int[n + 1];
    outLinks = new int[m];
    csr(linkFrom, n, outStart, outLinks);
    inStart = new int[n + 1];
    inLinks = new int[m];
    csr(linkTo, n, inStart, inLinks);

    // Movements grouped by incoming link, in a stable order (by incoming, then listed order).
    int[] fromIdx = movements.stream().mapToInt(mv -> linkIndex.get(mv.from())).toArray();
    int k = movements.size();
    moveStart = new int[m + 1];
    Integer[] order = new Integer[k];
    for (int i = 0; i < k; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> fromIdx[a] != fromIdx[b]
        ? Integer.compare(fromIdx[a], fromIdx[b]) : Integer.compare(a, b));
    moveTo = new int[k];
    moveFrom = new int[k];
    Movement[] sorted = new Movement[k];
    for (int i = 0; i < k; i++) {
      Movement mv = movements.get(order[i]);
      sorted[i] = mv;
      moveFrom[i] = fromIdx[order[i]];
      moveTo[i] = linkIndex.get(mv.to());
      moveStart[moveFrom[i] + 1]++;
    }
    for (int i = 0; i < m; i++) {
      moveStart[i + 1] += moveStart[i];
    }
    this.movements = List.of(sorted);

    crossing = new double[k];
    maxCrossingInto = new double[m];
    for (int i = 0; i < k; i++) {
      crossing[i] = crossingTimes.getOrDefault(sorted[i], 0.0);
      maxCrossingInto[moveTo[i]] = Math.max(maxCrossingInto[moveTo[i]], crossing[i]);
    }
    moveGroup = new int[k];
    arrivalGroup = new int[m];
    groupStart = new int[m + 1];
    int[] linkOfGroup = new int[Arrays.stream(lanes).map(x -> Math.max(x, 1)).sum()];
    int[] lanesOfGroup = new int[linkOfGroup.length];
    int groups = 0;
    for (int l = 0; l < m; l++) {
      groupStart[l] = groups;
      groups += laneGroups(l, sorted, movementLanes, groups, lanesOfGroup);
      for (int g = groupStart[l]; g < groups; g++) {
        linkOfGroup[g] = l;
      }
    }
    groupStart[m] = groups;
    groupLink = Arrays.copyOf(linkOfGroup, groups);
    groupLanes = Arrays.copyOf(lanesOfGroup, groups);

    Graph<Integer, Integer> g = GraphTypeBuilder.<Integer, Integer>directed()
        .allowingMultipleEdges(true).allowingSelfLoops(false).weighted(false).buildGraph();
    for (int i = 0; i < n; i++) {
      g.addVertex(i);
    }
    for (int i = 0; i < m; i++) {
      g.addEdge(linkFrom[i], linkTo[i], i);
    }
    this.graph = new AsUnmodifiableGraph<>(g);
  }

  /**
   * Finds the lane groups of link {@code l}, numbered from {@code first} in the order of their
   * lowest lane; fills {@code moveGroup}, {@code arrivalGroup} and the lanes per group.
   *
   * @return number of groups
   */
  private int laneGroups(int l, Movement[] sorted, Map<Movement, int[]> movementLanes, int first,
      int[] lanesOfGroup) {
    int n = lanes[l];
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    boolean[] used = new boolean[n];
    boolean split = false;
    for (int mv = moveStart[l]; mv < moveStart[l + 1]; mv++) {
      int[] ls = movementLanes.get(sorted[mv]);
      if (ls == null) {
        ls = new int[n];
        for (int i = 0; i < n; i++) {
          ls[i] = i;
        }
      } else {
        split = true;
      }
      for (int lane : ls) {
        used[lane] = true;
        parent[root(parent, lane)] = root(parent, ls[0]);
      }
    }
    if (!split) {
      for (int mv = moveStart[l]; mv < moveStart[l + 1]; mv++) {
        moveGroup[mv] = first;
      }
      arrivalGroup[l] = first;
      lanesOfGroup[first] = n;
      return 1;
    }
    // Groups in the order of their lowest lane.
    int[] groupOfRoot = new int[n];
    Arrays.fill(groupOfRoot, -1);
    int count = 0;
    for (int lane = 0; lane < n; lane++) {
      if (used[lane]) {
        int r = root(parent, lane);
        if (groupOfRoot[r] < 0) {
          groupOfRoot[r] = count++;
        }
        lanesOfGroup[first + groupOfRoot[r]]++;
      }
    }
    int arrival = 0;
    for (int g = 1; g < count; g++) {
      if (lanesOfGroup[first + g] > lanesOfGroup[first + arrival]) {
        arrival = g;
      }
    }
    for (int lane = 0; lane < n; lane++) {
      if (!used[lane]) {
        lanesOfGroup[first + arrival]++;
      }
    }
    for (int mv = moveStart[l]; mv < moveStart[l + 1]; mv++) {
      int[] ls = movementLanes.get(sorted[mv]);
      moveGroup[mv] = first + groupOfRoot[root(parent, ls == null ? 0 : ls[0])];
    }
    arrivalGroup[l] = first + arrival;
    return count;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void csr(int[] key, int n, int[] start, int[] items) {
    for (int k : key) {
      start[k + 1]++;
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int[] fill = Arrays.copyOf(start, n);
    for (int i = 0; i < key.length; i++) {
      items[fill[key[i]]++] = i;
    }
  }

  /** Number of nodes. */
  public int nodeCount() {
    return nodes.size();
  }

  /** Number of links. */
  public int linkCount() {
    return links.size();
  }

  /** Number of movements. */
  public int movementCount() {
    return movements.size();
  }

  /** Node by index. */
  public Node node(int i) {
    return nodes.get(i);
  }

  /** Link by index. */
  public Link link(int i) {
    return links.get(i);
  }

  /** Movement by global index. */
  public Movement movement(int i) {
    return movements.get(i);
  }

  /** Index of a node, or -1. */
  public int nodeIndex(NodeId id) {
    return nodeIndex.getOrDefault(id, -1);
  }

  /** Index of a node by its id string, or -1. */
  public int nodeIndex(String id) {
    return nodeIndex.getOrDefault(new NodeId(id), -1);
  }

  /** Index of a link, or -1. */
  public int linkIndex(LinkId id) {
    return linkIndex.getOrDefault(id, -1);
  }

  /** Index of a link by its id string, or -1. */
  public int linkIndex(String id) {
    return linkIndex.getOrDefault(new LinkId(id), -1);
  }

  /** Upstream node of link {@code l}. */
  public int from(int l) {
    return linkFrom[l];
  }

  /** Downstream node of link {@code l}. */
  public int to(int l) {
    return linkTo[l];
  }

  /** Length of link {@code l} [m]. */
  public double length(int l) {
    return length[l];
  }

  /** Free speed of link {@code l} [m/s]. */
  public double freeSpeed(int l) {
    return freeSpeed[l];
  }

  /** Free-flow travel time of link {@code l} [s]. */
  public double freeFlowTime(int l) {
    return length[l] / freeSpeed[l];
  }

  /** Flow capacity of link {@code l} [veh/h]. */
  public double capacity(int l) {
    return capacity[l];
  }

  /** Storage capacity of link {@code l} [veh]. */
  public double storage(int l) {
    return storage[l];
  }

  /** Lanes of link {@code l}. */
  public int lanes(int l) {
    return lanes[l];
  }

  /** Links leaving node {@code n}. */
  public int[] outLinks(int n) {
    return Arrays.copyOfRange(outLinks, outStart[n], outStart[n + 1]);
  }

  /** Links entering node {@code n}. */
  public int[] inLinks(int n) {
    return Arrays.copyOfRange(inLinks, inStart[n], inStart[n + 1]);
  }

  /** Number of links entering node {@code n}. */
  public int inDegree(int n) {
    return inStart[n + 1] - inStart[n];
  }

  /** Number of links leaving node {@code n}. */
  public int outDegree(int n) {
    return outStart[n + 1] - outStart[n];
  }

  /** First global movement index of incoming link {@code l}. */
  public int movementStart(int l) {
    return moveStart[l];
  }

  /** One past the last global movement index of incoming link {@code l}. */
  public int movementEnd(int l) {
    return moveStart[l + 1];
  }

  /** Outgoing link of movement {@code m}. */
  public int movementTo(int m) {
    return moveTo[m];
  }

  /** Incoming link of movement {@code m}. */
  public int movementFrom(int m) {
    return moveFrom[m];
  }

  /** Time to cross the junction on movement {@code m} at free speed [s]; 0 unless given. */
  public double crossingTime(int m) {
    return crossing[m];
  }

  /** Longest crossing time of the movements into link {@code l} [s]; 0 if none is given. */
  public double maxCrossingTimeInto(int l) {
    return maxCrossingInto[l];
  }

  /**
   * Free-flow travel time of a route [s]: its links' free-flow times plus the crossing times of
   * the movements between them.
   */
  public double freeFlowTime(int[] route) {
    double s = 0;
    for (int i = 0; i < route.length; i++) {
      s += freeFlowTime(route[i]);
      if (i + 1 < route.length) {
        int m = movementIndex(route[i], route[i + 1]);
        if (m >= 0) {
          s += crossing[m];
        }
      }
    }
    return s;
  }

  /** Global index of the movement from link {@code a} to link {@code b}, or -1 if not allowed. */
  public int movementIndex(int a, int b) {
    for (int m = moveStart[a], e = moveStart[a + 1]; m < e; m++) {
      if (moveTo[m] == b) {
        return m;
      }
    }
    return -1;
  }

  /** Global index of a movement, or -1. */
  public int movementIndex(Movement mv) {
    int a = linkIndex(mv.from());
    int b = linkIndex(mv.to());
    return a < 0 || b < 0 ? -1 : movementIndex(a, b);
  }

  /** Number of lane groups over all links (at least one per link; see the class comment). */
  public int laneGroupCount() {
    return groupLink.length;
  }

  /** First lane group of link {@code l}; its groups are numbered consecutively. */
  public int laneGroupStart(int l) {
    return groupStart[l];
  }

  /** One past the last lane group of link {@code l}. */
  public int laneGroupEnd(int l) {
    return groupStart[l + 1];
  }

  /** Link of lane group {@code g}. */
  public int laneGroupLink(int g) {
    return groupLink[g];
  }

  /** Lanes of lane group {@code g}. */
  public int laneGroupLanes(int g) {
    return groupLanes[g];
  }

  /** Lane group that movement {@code m} leaves its incoming link from. */
  public int movementLaneGroup(int m) {
    return moveGroup[m];
  }

  /** Lane group of link {@code l} used by vehicles that end their trip on it. */
  public int arrivalLaneGroup(int l) {
    return arrivalGroup[l];
  }

  /** The graph: node indices as vertices, link indices as edges (read-only). */
  public Graph<Integer, Integer> graph() {
    return graph;
  }

  /** Non-fatal findings of validation, such as parts that cannot reach each other. */
  public List<String> warnings() {
    return warnings;
  }
}
