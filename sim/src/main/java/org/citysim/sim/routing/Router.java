package org.citysim.sim.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.citysim.sim.network.RoadNetwork;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.BidirectionalDijkstraShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * Shortest travel-time routes between nodes, on a JGraphT graph whose vertices are the links
 * (so only allowed movements are used) plus one source and one sink vertex per node.
 *
 * <p>Algorithms, and why. Demand is routed in batches grouped by origin: one single-source
 * Dijkstra tree ({@link DijkstraShortestPath#getPaths}) serves every destination of that origin,
 * so the cost per trip falls with the number of trips per origin. A lone query ({@link
 * #route(int, int)} with nothing cached) uses {@link BidirectionalDijkstraShortestPath}: it needs
 * no preprocessing, stays correct when current travel times change (which rules out contraction
 * hierarchies, whose precomputation takes minutes at 10^5 nodes and keeps its own stale copy of
 * the weights) and measured about 90 ms at 10^5 nodes versus about 140 ms for plain Dijkstra
 * (see shared/reference/libraries.md). The weights are a live view ({@link AsWeightedGraph}
 * over {@link LinkCosts}), so no copy is made when travel times change; callers that change
 * costs call {@link #clearCache()}.
 */
public final class Router {
  private final RoadNetwork net;
  private final Graph<Integer, Integer> graph;
  private final int links;
  private final int nodes;
  private final int movements;
  private final Map<Long, int[]> cache = new HashMap<>();
  private long queries;
  private long trees;

  /**
   * A router over {@code net} minimising {@code costs}.
   *
   * @param net   the network
   * @param costs link travel times [s]; read at query time
   */
  public Router(RoadNetwork net, LinkCosts costs) {
    this.net = Objects.requireNonNull(net);
    Objects.requireNonNull(costs);
    this.links = net.linkCount();
    this.nodes = net.nodeCount();
    this.movements = net.movementCount();
    Graph<Integer, Integer> g = GraphTypeBuilder.<Integer, Integer>directed()
        .allowingMultipleEdges(false).allowingSelfLoops(false).weighted(false).buildGraph();
    for (int v = 0; v < links + 2 * nodes; v++) {
      g.addVertex(v);
    }
    for (int m = 0; m < movements; m++) {
      g.addEdge(net.movementFrom(m), net.movementTo(m), m);
    }
    for (int l = 0; l < links; l++) {
      g.addEdge(sourceVertex(net.from(l)), l, movements + l);
      g.addEdge(l, sinkVertex(net.to(l)), movements + links + l);
    }
    // Entering a link costs its travel time; reaching the sink costs nothing.
    this.graph = new AsWeightedGraph<>(g, e -> e < movements ? costs.cost(net.movementTo(e))
        : e < movements + links ? costs.cost(e - movements) : 0.0, false, false);
  }

  private int sourceVertex(int node) {
    return links + node;
  }

  private int sinkVertex(int node) {
    return links + nodes + node;
  }

  /**
   * The route from node {@code origin} to node {@code destination} as link indices, or null if
   * there is none. The result is cached; do not modify it.
   */
  public int[] route(int origin, int destination) {
    long key = key(origin, destination);
    int[] r = cache.get(key);
    if (r == null && !cache.containsKey(key)) {
      queries++;
      r = toLinks(new BidirectionalDijkstraShortestPath<>(graph)
          .getPath(sourceVertex(origin), sinkVertex(destination)));
      cache.put(key, r);
    }
    return r;
  }

  /**
   * Routes every destination in {@code destinations} from one origin with a single Dijkstra tree
   * and caches the results (null entries where unreachable).
   */
  public void routeAll(int origin, List<Integer> destinations) {
    boolean missing = destinations.stream().anyMatch(d -> !cache.containsKey(key(origin, d)));
    if (!missing) {
      return;
    }
    trees++;
    SingleSourcePaths<Integer, Integer> tree =
        new DijkstraShortestPath<>(graph).getPaths(sourceVertex(origin));
    for (int d : destinations) {
      cache.computeIfAbsent(key(origin, d), k -> toLinks(tree.getPath(sinkVertex(d))));
    }
  }

  /** Forgets cached routes (after link costs changed). */
  public void clearCache() {
    cache.clear();
  }

  /** Point-to-point searches run so far. */
  public long pointQueries() {
    return queries;
  }

  /** Single-source trees built so far. */
  public long treesBuilt() {
    return trees;
  }

  private int[] toLinks(GraphPath<Integer, Integer> path) {
    if (path == null) {
      return null;
    }
    List<Integer> vs = path.getVertexList();
    // First vertex is the origin's source, last the destination's sink.
    int[] r = new int[vs.size() - 2];
    for (int i = 1; i < vs.size() - 1; i++) {
      r[i - 1] = vs.get(i);
    }
    return r.length == 0 ? null : r;
  }

  private static long key(int o, int d) {
    return ((long) o << 32) | (d & 0xFFFF_FFFFL);
  }

  /** The network routed on. */
  public RoadNetwork network() {
    return net;
  }
}
