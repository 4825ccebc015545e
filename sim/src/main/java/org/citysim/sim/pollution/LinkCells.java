package org.citysim.sim.pollution;

import java.util.Arrays;
import java.util.Locale;
import org.citysim.sim.network.Node;
import org.citysim.sim.network.RoadNetwork;

/**
 * Which grid cells each road link crosses, and what fraction of its length lies in each
 * (fractions sum to 1 per link). A link is the straight segment from its from-node to its
 * to-node. This turns grams emitted per link into grams per cell: a link's emission is spread
 * along its length, so each cell gets the share of the length it holds. Frozen as CSR arrays.
 */
public final class LinkCells {
  private final int cellCount;
  private final int[] start;
  private final int[] cells;
  private final double[] weights;

  private LinkCells(int cellCount, int[] start, int[] cells, double[] weights) {
    this.cellCount = cellCount;
    this.start = start;
    this.cells = cells;
    this.weights = weights;
  }

  /** The cells of every link of a network, in link index order. */
  public static LinkCells of(RoadNetwork network, CellGrid grid) {
    int m = network.linkCount();
    double[] x1 = new double[m];
    double[] y1 = new double[m];
    double[] x2 = new double[m];
    double[] y2 = new double[m];
    String[] ids = new String[m];
    for (int l = 0; l < m; l++) {
      Node a = network.node(network.from(l));
      Node b = network.node(network.to(l));
      x1[l] = a.x();
      y1[l] = a.y();
      x2[l] = b.x();
      y2[l] = b.y();
      ids[l] = network.link(l).id().toString();
    }
    return of(grid, x1, y1, x2, y2, ids);
  }

  /**
   * The cells of segments {@code (x1[l], y1[l]) -> (x2[l], y2[l])} [m].
   *
   * @param ids names for error messages, or null to use indices
   * @throws IllegalArgumentException if part of a segment lies outside the grid
   */
  public static LinkCells of(CellGrid grid, double[] x1, double[] y1, double[] x2, double[] y2,
      String[] ids) {
    int m = x1.length;
    int[] start = new int[m + 1];
    int[] cells = new int[Math.max(4, 2 * m)];
    double[] weights = new double[cells.length];
    double[] ts = new double[16];
    int k = 0;
    for (int l = 0; l < m; l++) {
      String name = ids == null ? "#" + l : ids[l];
      if (grid.cellOf(x1[l], y1[l]) < 0 || grid.cellOf(x2[l], y2[l]) < 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "link %s from (%.1f, %.1f) to (%.1f, %.1f) leaves the pollution grid [%.1f, %.1f] x"
                + " [%.1f, %.1f] m; widen the grid", name, x1[l], y1[l], x2[l], y2[l],
            grid.x0(), grid.maxX(), grid.y0(), grid.maxY()));
      }
      ts = crossings(grid, x1[l], y1[l], x2[l], y2[l], ts);
      int nt = (int) ts[ts.length - 1];
      int first = k;
      for (int i = 0; i + 1 < nt; i++) {
        double len = ts[i + 1] - ts[i];
        if (len <= 0) {
          continue;
        }
        double tm = 0.5 * (ts[i] + ts[i + 1]);
        int c = grid.cellOf(x1[l] + tm * (x2[l] - x1[l]), y1[l] + tm * (y2[l] - y1[l]));
        if (k > first && cells[k - 1] == c) {
          weights[k - 1] += len;
          continue;
        }
        if (k == cells.length) {
          cells = Arrays.copyOf(cells, 2 * k);
          weights = Arrays.copyOf(weights, 2 * k);
        }
        cells[k] = c;
        weights[k++] = len;
      }
      if (k == first) {
        // A zero-length link: all of it is in the cell of its point.
        if (k == cells.length) {
          cells = Arrays.copyOf(cells, 2 * k);
          weights = Arrays.copyOf(weights, 2 * k);
        }
        cells[k] = grid.cellOf(x1[l], y1[l]);
        weights[k++] = 1;
      }
      double sum = 0;
      for (int i = first; i < k; i++) {
        sum += weights[i];
      }
      for (int i = first; i < k; i++) {
        weights[i] /= sum;
      }
      start[l + 1] = k;
    }
    return new LinkCells(grid.cellCount(), start, Arrays.copyOf(cells, k),
        Arrays.copyOf(weights, k));
  }

  /**
   * Sorted parameters t in [0, 1] where the segment meets a grid line, with 0 and 1; the count
   * is stored in the last slot of the returned (possibly grown) array.
   */
  private static double[] crossings(CellGrid g, double ax, double ay, double bx, double by,
      double[] buf) {
    double s = g.cellSize();
    int n = 0;
    buf = ensure(buf, 3);
    buf[n++] = 0;
    buf[n++] = 1;
    for (int axis = 0; axis < 2; axis++) {
      double p = axis == 0 ? ax : ay;
      double q = axis == 0 ? bx : by;
      double origin = axis == 0 ? g.x0() : g.y0();
      if (p == q) {
        continue;
      }
      double lo = (Math.min(p, q) - origin) / s;
      double hi = (Math.max(p, q) - origin) / s;
      for (long line = (long) Math.floor(lo) + 1; line < hi; line++) {
        buf = ensure(buf, n + 2);
        buf[n++] = (origin + line * s - p) / (q - p);
      }
    }
    Arrays.sort(buf, 0, n);
    buf[buf.length - 1] = n;
    return buf;
  }

  private static double[] ensure(double[] buf, int needed) {
    return needed < buf.length ? buf : Arrays.copyOf(buf, 2 * needed + 1);
  }

  /** Number of links. */
  public int linkCount() {
    return start.length - 1;
  }

  /** Number of grid cells this mapping was built for. */
  public int cellCount() {
    return cellCount;
  }

  /** First entry of link {@code l} in {@link #cell}/{@link #weight}. */
  public int start(int l) {
    return start[l];
  }

  /** One past the last entry of link {@code l}. */
  public int end(int l) {
    return start[l + 1];
  }

  /** Cell of entry {@code i}. */
  public int cell(int i) {
    return cells[i];
  }

  /** Fraction of its link's length in the cell of entry {@code i}. */
  public double weight(int i) {
    return weights[i];
  }

  /**
   * Spreads grams per link over cells.
   *
   * @param gramsPerLink emitted mass per link [g], length {@link #linkCount()}
   * @param gramsPerCell output, overwritten, length {@link #cellCount()} [g]
   */
  public void spread(double[] gramsPerLink, double[] gramsPerCell) {
    if (gramsPerLink.length != linkCount() || gramsPerCell.length != cellCount) {
      throw new IllegalArgumentException("expected " + linkCount() + " links and " + cellCount
          + " cells, got " + gramsPerLink.length + " and " + gramsPerCell.length);
    }
    Arrays.fill(gramsPerCell, 0);
    for (int l = 0; l < gramsPerLink.length; l++) {
      double g = gramsPerLink[l];
      if (g != 0) {
        for (int i = start[l]; i < start[l + 1]; i++) {
          gramsPerCell[cells[i]] += g * weights[i];
        }
      }
    }
  }
}
