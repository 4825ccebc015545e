package org.citysim.sim.pollution;

/**
 * The discrete step operator on the cell grid, shared by the forward model and its adjoint so
 * that the adjoint is the exact transpose of what the forward model did.
 *
 * <p>One sub-step of length h is explicit Euler with first-order upwind advection:
 * {@code c'_i = diag c_i + ax c[up_x(i)] + ay c[up_y(i)] + d sum_nb c[nb] + v C_b + src_i},
 * with {@code ax = h|u_x|/dx}, {@code ay = h|u_y|/dx}, {@code d = h K/dx^2}, {@code v = h
 * w_e/H}, {@code kk = h k} and {@code diag = 1 - ax - ay - 4d - v - kk}. Sub-steps are chosen so
 * that {@code diag >= 0}: every coefficient is then non-negative, so non-negative inputs give a
 * non-negative field (positivity) and no mode can grow (stability). Missing neighbours point at
 * a ghost slot {@code n} holding C_b (open edges) or at the cell itself (reflecting walls, where
 * the diffusive flux then cancels).
 *
 * <p>The transpose gathers from the downwind neighbour instead of the upwind one (advection
 * reversed); diffusion is symmetric; the adjoint's ghost slot holds 0 because ghost values are
 * constants, not state. Mutable per-step coefficients avoid an allocation per step.
 */
final class Stencil {
  final int n;
  final boolean open;
  final DispersionParams params;
  private final double dx;
  private final int nx;
  private final int ny;
  private final int[] east;
  private final int[] west;
  private final int[] north;
  private final int[] south;
  private final int[] eastEdge;
  private final int[] westEdge;
  private final int[] northEdge;
  private final int[] southEdge;

  int subSteps;
  double h;
  double ax;
  double ay;
  double d;
  double v;
  double kk;
  double diag;
  private int[] upX;
  private int[] upY;
  private int[] downX;
  private int[] downY;
  private int[] upXEdge;
  private int[] upYEdge;
  private int[] downXEdge;
  private int[] downYEdge;
  /** Index offsets of the upwind (and downwind, negated) neighbours of an interior cell. */
  private int upXOff;
  private int upYOff;

  Stencil(CellGrid grid, DispersionParams params, Boundary boundary) {
    this.n = grid.cellCount();
    this.open = boundary == Boundary.OPEN;
    this.params = params;
    this.dx = grid.cellSize();
    this.nx = grid.nx();
    this.ny = grid.ny();
    east = padded(grid.east());
    west = padded(grid.west());
    north = padded(grid.north());
    south = padded(grid.south());
    eastEdge = edge(grid.east());
    westEdge = edge(grid.west());
    northEdge = edge(grid.north());
    southEdge = edge(grid.south());
  }

  private int[] padded(int[] nb) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = nb[i] >= 0 ? nb[i] : open ? n : i;
    }
    return out;
  }

  private int[] edge(int[] nb) {
    int count = 0;
    for (int x : nb) {
      count += x < 0 ? 1 : 0;
    }
    int[] out = new int[count];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (nb[i] < 0) {
        out[k++] = i;
      }
    }
    return out;
  }

  /** Sets the coefficients for a step of {@code dt} [s] under {@code wind}. */
  void plan(double dt, WindPeriod wind) {
    if (!(dt > 0) || !Double.isFinite(dt)) {
      throw new IllegalArgumentException("time step must be positive and finite, got " + dt);
    }
    double ux = wind.eastward();
    double uy = wind.northward();
    if (!open && wind.speed() > 0) {
      throw new IllegalArgumentException("reflecting boundary allows calm wind only, got "
          + wind.speed() + " m/s");
    }
    double rx = Math.abs(ux) / dx;
    double ry = Math.abs(uy) / dx;
    double rd = params.diffusivity() / (dx * dx);
    double rv = params.exchangeVelocity(wind.speed()) / params.mixingHeight();
    double rk = params.decayRate();
    double rate = rx + ry + 4 * rd + rv + rk;
    double steps = Math.max(1, Math.ceil(dt * rate));
    if (steps > Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException("time step " + dt + " s needs " + steps
          + " stable sub-steps; use a shorter pollution period or coarser cells");
    }
    int m = (int) steps;
    if (dt / m * rate > 1) {
      m++; // rounding in dt/m
    }
    subSteps = m;
    h = dt / m;
    ax = h * rx;
    ay = h * ry;
    d = h * rd;
    v = h * rv;
    kk = h * rk;
    diag = Math.max(0, 1 - ax - ay - 4 * d - v - kk);
    boolean toEast = ux > 0;
    boolean toNorth = uy > 0;
    upX = toEast ? west : east;
    downX = toEast ? east : west;
    upY = toNorth ? south : north;
    downY = toNorth ? north : south;
    upXEdge = toEast ? westEdge : eastEdge;
    downXEdge = toEast ? eastEdge : westEdge;
    upYEdge = toNorth ? southEdge : northEdge;
    downYEdge = toNorth ? northEdge : southEdge;
    upXOff = toEast ? -1 : 1;
    upYOff = toNorth ? -nx : nx;
  }

  /**
   * One forward sub-step; {@code in[n]} must hold the ghost value (C_b when open).
   *
   * @param src      per-cell source [g per step] or null
   * @param srcScale concentration per gram and sub-step [ug/m3/g]
   * @return sum of {@code in[0..n)} (for the budget)
   */
  double forward(double[] in, double[] out, double[] src, double srcScale) {
    // Row by row in index order (so sums and results do not depend on the path taken): edge
    // cells read their neighbours through the index arrays, interior cells by fixed offsets,
    // which spares six array loads per cell on the hot path.
    double sum = 0;
    for (int j = 0; j < ny; j++) {
      int rowStart = j * nx;
      int rowEnd = rowStart + nx;
      if (j == 0 || j == ny - 1 || nx < 3) {
        sum += forwardByIndex(in, out, src, srcScale, rowStart, rowEnd);
        continue;
      }
      sum += forwardByIndex(in, out, src, srcScale, rowStart, rowStart + 1);
      sum += forwardInterior(in, out, src, srcScale, rowStart + 1, rowEnd - 1);
      sum += forwardByIndex(in, out, src, srcScale, rowEnd - 1, rowEnd);
    }
    return sum;
  }

  private double forwardByIndex(double[] in, double[] out, double[] src, double srcScale,
      int from, int to) {
    final int[] ux = upX;
    final int[] uy = upY;
    final int[] e = east;
    final int[] w = west;
    final int[] no = north;
    final int[] s = south;
    final double a = ax;
    final double b = ay;
    final double dd = d;
    final double dg = diag;
    final double cst = v * params.background();
    double sum = 0;
    for (int i = from; i < to; i++) {
      double ci = in[i];
      sum += ci;
      double o = dg * ci + a * in[ux[i]] + b * in[uy[i]]
          + dd * (in[e[i]] + in[w[i]] + in[no[i]] + in[s[i]]) + cst;
      out[i] = src == null ? o : o + srcScale * src[i];
    }
    return sum;
  }

  private double forwardInterior(double[] in, double[] out, double[] src, double srcScale,
      int from, int to) {
    final int ox = upXOff;
    final int oy = upYOff;
    final int row = nx;
    final double a = ax;
    final double b = ay;
    final double dd = d;
    final double dg = diag;
    final double cst = v * params.background();
    double sum = 0;
    if (src == null) {
      for (int i = from; i < to; i++) {
        double ci = in[i];
        sum += ci;
        out[i] = dg * ci + a * in[i + ox] + b * in[i + oy]
            + dd * (in[i + 1] + in[i - 1] + in[i + row] + in[i - row]) + cst;
      }
    } else {
      for (int i = from; i < to; i++) {
        double ci = in[i];
        sum += ci;
        out[i] = dg * ci + a * in[i + ox] + b * in[i + oy]
            + dd * (in[i + 1] + in[i - 1] + in[i + row] + in[i - row]) + cst + srcScale * src[i];
      }
    }
    return sum;
  }

  /**
   * One transposed sub-step; {@code in[n]} must be 0. Adds {@code in} to {@code acc}.
   *
   * @return sum of {@code in[0..n)}
   */
  double transpose(double[] in, double[] out, double[] acc) {
    double sum = 0;
    for (int j = 0; j < ny; j++) {
      int rowStart = j * nx;
      int rowEnd = rowStart + nx;
      if (j == 0 || j == ny - 1 || nx < 3) {
        sum += transposeByIndex(in, out, acc, rowStart, rowEnd);
        continue;
      }
      sum += transposeByIndex(in, out, acc, rowStart, rowStart + 1);
      sum += transposeInterior(in, out, acc, rowStart + 1, rowEnd - 1);
      sum += transposeByIndex(in, out, acc, rowEnd - 1, rowEnd);
    }
    return sum;
  }

  private double transposeByIndex(double[] in, double[] out, double[] acc, int from, int to) {
    final int[] dx1 = downX;
    final int[] dy1 = downY;
    final int[] e = east;
    final int[] w = west;
    final int[] no = north;
    final int[] s = south;
    final double a = ax;
    final double b = ay;
    final double dd = d;
    final double dg = diag;
    double sum = 0;
    for (int i = from; i < to; i++) {
      double li = in[i];
      sum += li;
      acc[i] += li;
      out[i] = dg * li + a * in[dx1[i]] + b * in[dy1[i]]
          + dd * (in[e[i]] + in[w[i]] + in[no[i]] + in[s[i]]);
    }
    return sum;
  }

  private double transposeInterior(double[] in, double[] out, double[] acc, int from, int to) {
    // Downwind is the opposite of upwind.
    final int ox = -upXOff;
    final int oy = -upYOff;
    final int row = nx;
    final double a = ax;
    final double b = ay;
    final double dd = d;
    final double dg = diag;
    double sum = 0;
    for (int i = from; i < to; i++) {
      double li = in[i];
      sum += li;
      acc[i] += li;
      out[i] = dg * li + a * in[i + ox] + b * in[i + oy]
          + dd * (in[i + 1] + in[i - 1] + in[i + row] + in[i - row]);
    }
    return sum;
  }

  /**
   * Net outflow through the lateral edges during one sub-step from field {@code c}, in
   * concentration units summed over cells [ug/m3 * cells]; 0 for reflecting walls.
   */
  double outflow(double[] c) {
    if (!open) {
      return 0;
    }
    double cb = params.background();
    double sides = sum(c, eastEdge) + sum(c, westEdge) + sum(c, northEdge) + sum(c, southEdge);
    int perimeter = eastEdge.length + westEdge.length + northEdge.length + southEdge.length;
    return d * (sides - cb * perimeter)
        + ax * (sum(c, downXEdge) - cb * upXEdge.length)
        + ay * (sum(c, downYEdge) - cb * upYEdge.length);
  }

  /**
   * The constant (background-driven) part of one forward sub-step, dotted with {@code lambda}:
   * ventilation from C_b into every cell, plus what open edges bring in.
   *
   * @param lambdaSum sum of {@code lambda[0..n)}
   */
  double constantDot(double[] lambda, double lambdaSum) {
    double cb = params.background();
    double total = v * cb * lambdaSum;
    if (open) {
      double sides = sum(lambda, eastEdge) + sum(lambda, westEdge) + sum(lambda, northEdge)
          + sum(lambda, southEdge);
      total += cb * (d * sides + ax * sum(lambda, upXEdge) + ay * sum(lambda, upYEdge));
    }
    return total;
  }

  private static double sum(double[] c, int[] cells) {
    double s = 0;
    for (int i : cells) {
      s += c[i];
    }
    return s;
  }
}
