package org.citysim.sim.pollution;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.citysim.sim.network.Node;
import org.citysim.sim.network.RoadNetwork;
import org.jgrapht.Graph;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedGraph;

/**
 * A regular grid of square cells over a rectangle, held as a JGraphT graph (cells as vertices,
 * 4-neighbour adjacencies as edges) and frozen into int arrays for the stepper, like {@link
 * RoadNetwork}. Cell {@code (ix, iy)} has index {@code iy * nx + ix}; {@code ix} grows to the
 * east (x), {@code iy} to the north (y). Cell {@code (ix, iy)} covers {@code [x0 + ix*size,
 * x0 + (ix+1)*size) x [y0 + iy*size, y0 + (iy+1)*size)}.
 *
 * <p>The graph is a compact {@code SparseIntUndirectedGraph} (about 24 bytes per edge), so a grid
 * near the cell limit still fits in a test heap; the limit exists because every pollutant field
 * costs two doubles per cell and a careless cell size on a big city would ask for gigabytes.
 */
public final class CellGrid {
  /** Default largest number of cells. */
  public static final long DEFAULT_MAX_CELLS = 4_000_000L;

  private final double x0;
  private final double y0;
  private final double cellSize;
  private final int nx;
  private final int ny;
  private final Graph<Integer, Integer> graph;
  private final int[] east;
  private final int[] west;
  private final int[] north;
  private final int[] south;
  private final int[] edgeA;
  private final int[] edgeB;

  /**
   * @param x0       western edge [m]
   * @param y0       southern edge [m]
   * @param cellSize cell side [m], positive
   * @param nx       cells from west to east, at least 1
   * @param ny       cells from south to north, at least 1
   * @param maxCells largest allowed {@code nx * ny}
   * @throws GridTooLargeException if {@code nx * ny > maxCells}
   */
  public CellGrid(double x0, double y0, double cellSize, int nx, int ny, long maxCells) {
    if (!(cellSize > 0) || !Double.isFinite(cellSize)) {
      throw new IllegalArgumentException("cell size must be positive and finite, got "
          + cellSize);
    }
    if (!Double.isFinite(x0) || !Double.isFinite(y0)) {
      throw new IllegalArgumentException("grid origin must be finite");
    }
    if (nx < 1 || ny < 1) {
      throw new IllegalArgumentException("grid needs at least 1 x 1 cells, got " + nx + " x "
          + ny);
    }
    long cells = (long) nx * ny;
    if (cells > maxCells) {
      throw new GridTooLargeException(nx, ny, cells, maxCells, cellSize,
          fittingCellSize(nx * cellSize, ny * cellSize, maxCells));
    }
    this.x0 = x0;
    this.y0 = y0;
    this.cellSize = cellSize;
    this.nx = nx;
    this.ny = ny;
    int n = (int) cells;
    int edges = (nx - 1) * ny + nx * (ny - 1);
    // Edges streamed rather than listed: a list of boxed pairs would cost ~50 bytes per edge.
    graph = edges == 0 ? singleCell()
        : new SparseIntUndirectedGraph(n, edges, () -> edgeStream(nx, ny));
    east = filled(n);
    west = filled(n);
    north = filled(n);
    south = filled(n);
    edgeA = new int[edges];
    edgeB = new int[edges];
    for (int e = 0; e < edges; e++) {
      int a = graph.getEdgeSource(e);
      int b = graph.getEdgeTarget(e);
      int lo = Math.min(a, b);
      int hi = Math.max(a, b);
      edgeA[e] = lo;
      edgeB[e] = hi;
      if (lo / nx == hi / nx) {
        east[lo] = hi;
        west[hi] = lo;
      } else {
        north[lo] = hi;
        south[hi] = lo;
      }
    }
  }

  /** A grid with the {@linkplain #DEFAULT_MAX_CELLS default cell limit}. */
  public CellGrid(double x0, double y0, double cellSize, int nx, int ny) {
    this(x0, y0, cellSize, nx, ny, DEFAULT_MAX_CELLS);
  }

  /**
   * The grid that covers a rectangle plus a margin on every side.
   *
   * @param margin   added on each side [m], at least 0; room for plumes beyond the outer roads
   * @param maxCells largest allowed number of cells
   * @throws GridTooLargeException if the grid would exceed {@code maxCells}
   */
  public static CellGrid covering(double minX, double minY, double maxX, double maxY,
      double cellSize, double margin, long maxCells) {
    if (!(margin >= 0) || !Double.isFinite(margin)) {
      throw new IllegalArgumentException("margin must be >= 0 and finite, got " + margin);
    }
    if (!(maxX >= minX) || !(maxY >= minY)) {
      throw new IllegalArgumentException("empty bounding box");
    }
    if (!(cellSize > 0)) {
      throw new IllegalArgumentException("cell size must be positive, got " + cellSize);
    }
    double w = maxX - minX + 2 * margin;
    double h = maxY - minY + 2 * margin;
    long nx = Math.max(1, (long) Math.ceil(w / cellSize));
    long ny = Math.max(1, (long) Math.ceil(h / cellSize));
    if (nx * ny > maxCells || nx > Integer.MAX_VALUE || ny > Integer.MAX_VALUE) {
      throw new GridTooLargeException((int) Math.min(nx, Integer.MAX_VALUE),
          (int) Math.min(ny, Integer.MAX_VALUE), nx * ny, maxCells, cellSize,
          fittingCellSize(w, h, maxCells));
    }
    return new CellGrid(minX - margin, minY - margin, cellSize, (int) nx, (int) ny, maxCells);
  }

  /** The grid over a road network's node bounding box plus a margin [m], default cell limit. */
  public static CellGrid covering(RoadNetwork network, double cellSize, double margin) {
    return covering(network, cellSize, margin, DEFAULT_MAX_CELLS);
  }

  /** The grid over a road network's node bounding box plus a margin [m]. */
  public static CellGrid covering(RoadNetwork network, double cellSize, double margin,
      long maxCells) {
    if (network.nodeCount() == 0) {
      throw new IllegalArgumentException("road network has no nodes");
    }
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < network.nodeCount(); i++) {
      Node nd = network.node(i);
      minX = Math.min(minX, nd.x());
      minY = Math.min(minY, nd.y());
      maxX = Math.max(maxX, nd.x());
      maxY = Math.max(maxY, nd.y());
    }
    return covering(minX, minY, maxX, maxY, cellSize, margin, maxCells);
  }

  /** The sparse graph refuses zero edges, which a 1 x 1 grid has. */
  private static Graph<Integer, Integer> singleCell() {
    Graph<Integer, Integer> g = GraphTypeBuilder.<Integer, Integer>undirected()
        .allowingMultipleEdges(false).allowingSelfLoops(false).weighted(false).buildGraph();
    g.addVertex(0);
    return new AsUnmodifiableGraph<>(g);
  }

  private static Stream<Pair<Integer, Integer>> edgeStream(int nx, int ny) {
    return IntStream.range(0, nx * ny).boxed().flatMap(i -> {
      int ix = i % nx;
      int iy = i / nx;
      Stream<Pair<Integer, Integer>> s = Stream.empty();
      if (ix + 1 < nx) {
        s = Stream.of(Pair.of(i, i + 1));
      }
      if (iy + 1 < ny) {
        s = Stream.concat(s, Stream.of(Pair.of(i, i + nx)));
      }
      return s;
    });
  }

  private static double fittingCellSize(double w, double h, long maxCells) {
    double s = Math.ceil(Math.sqrt(w * h / maxCells));
    while (Math.ceil(w / s + 1) * Math.ceil(h / s + 1) > maxCells) {
      s = Math.ceil(s * 1.02 + 1);
    }
    return s;
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, -1);
    return a;
  }

  /**
   * The cell that contains a point, or -1 outside. The eastern and northern edges belong to the
   * last cells, so a grid from {@link #covering} contains every node it was built around.
   */
  public int cellOf(double x, double y) {
    double fx = (x - x0) / cellSize;
    double fy = (y - y0) / cellSize;
    if (!(fx >= 0 && fx <= nx && fy >= 0 && fy <= ny)) {
      return -1;
    }
    int ix = Math.min((int) fx, nx - 1);
    int iy = Math.min((int) fy, ny - 1);
    return iy * nx + ix;
  }

  /**
   * The cell of a station.
   *
   * @throws IllegalArgumentException naming the station and the grid extent if it lies outside
   */
  public int cellOf(Station station) {
    int c = cellOf(station.x(), station.y());
    if (c < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "station %s at (%.1f, %.1f) lies outside the pollution grid [%.1f, %.1f] x [%.1f, %.1f]"
              + " m; move the station or widen the grid margin",
          station.id(), station.x(), station.y(), x0, maxX(), y0, maxY()));
    }
    return c;
  }

  /** Western edge [m]. */
  public double x0() {
    return x0;
  }

  /** Southern edge [m]. */
  public double y0() {
    return y0;
  }

  /** Eastern edge [m]. */
  public double maxX() {
    return x0 + nx * cellSize;
  }

  /** Northern edge [m]. */
  public double maxY() {
    return y0 + ny * cellSize;
  }

  /** Cell side [m]. */
  public double cellSize() {
    return cellSize;
  }

  /** Cell area [m2]. */
  public double cellArea() {
    return cellSize * cellSize;
  }

  /** Cells from west to east. */
  public int nx() {
    return nx;
  }

  /** Cells from south to north. */
  public int ny() {
    return ny;
  }

  /** Number of cells. */
  public int cellCount() {
    return nx * ny;
  }

  /** Centre of cell {@code c}, easting [m]. */
  public double centerX(int c) {
    return x0 + (c % nx + 0.5) * cellSize;
  }

  /** Centre of cell {@code c}, northing [m]. */
  public double centerY(int c) {
    return y0 + (c / nx + 0.5) * cellSize;
  }

  /** The eastern neighbour of each cell, -1 on the eastern edge. Shared; do not modify. */
  int[] east() {
    return east;
  }

  int[] west() {
    return west;
  }

  int[] north() {
    return north;
  }

  int[] south() {
    return south;
  }

  /** Number of neighbour edges. */
  public int edgeCount() {
    return edgeA.length;
  }

  /** Lower cell index of edge {@code e}. */
  public int edgeA(int e) {
    return edgeA[e];
  }

  /** Higher cell index of edge {@code e}. */
  public int edgeB(int e) {
    return edgeB[e];
  }

  /** The cell graph (vertices 0..cellCount-1, edges 0..edgeCount-1); immutable. */
  public Graph<Integer, Integer> graph() {
    return graph;
  }
}
