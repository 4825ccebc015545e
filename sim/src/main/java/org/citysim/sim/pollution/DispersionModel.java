package org.citysim.sim.pollution;

import java.util.Arrays;
import java.util.Objects;

/**
 * The concentration field of one pollutant over a {@link CellGrid} [ug/m3], advanced in steps.
 * Each cell is a box of the cell's area and the mixing height H; within a step the source mass
 * is released evenly, and the field is advected by the wind (first-order upwind), diffused
 * (5-point), decayed and ventilated toward the background. See {@link Stencil} for the scheme.
 *
 * <p><b>Stability and positivity.</b> A step of {@code dt} is split into the fewest equal
 * sub-steps {@code h} with {@code h (|u_x|/dx + |u_y|/dx + 4K/dx^2 + w_e/H + k) <= 1}, so any
 * {@code dt} is safe; {@link #lastSubSteps()} tells how many were needed. With non-negative
 * sources, background and initial field the field stays non-negative.
 *
 * <p><b>Budget.</b> Every gram is accounted for in {@link #budget()}: emitted, left through the
 * edges, decayed, ventilated.
 *
 * <p>The model is linear in its sources, background and initial field; {@link SourceHistory}
 * and {@link Attribution} use that to attribute station concentrations to links exactly. Not
 * thread-safe; one instance per pollutant and simulation.
 */
public final class DispersionModel {
  private static final double UG_PER_G = 1e6;

  private final CellGrid grid;
  private final Boundary boundary;
  private final Stencil stencil;
  private final double cellVolume;
  private final int n;
  private double[] c;
  private double[] next;
  private double time;
  private long steps;
  private long resets;
  private double initial;
  private double emitted;
  private double outflow;
  private double decayed;
  private double ventilated;

  /**
   * A field at the background concentration everywhere.
   *
   * @param startTime simulation time of the initial field [s]
   */
  public DispersionModel(CellGrid grid, DispersionParams params, Boundary boundary,
      double startTime) {
    this.grid = Objects.requireNonNull(grid, "grid");
    this.boundary = Objects.requireNonNull(boundary, "boundary");
    this.stencil = new Stencil(grid, Objects.requireNonNull(params, "params"), boundary);
    this.n = grid.cellCount();
    this.cellVolume = grid.cellArea() * params.mixingHeight();
    this.time = startTime;
    // One extra slot: the ghost cell beyond open edges, always at the background.
    c = new double[n + 1];
    next = new double[n + 1];
    double ghost = boundary == Boundary.OPEN ? params.background() : 0;
    Arrays.fill(c, params.background());
    c[n] = ghost;
    next[n] = ghost;
    initial = mass(c);
  }

  /** Open edges, start at time 0. */
  public DispersionModel(CellGrid grid, DispersionParams params) {
    this(grid, params, Boundary.OPEN, 0);
  }

  /**
   * Advances the field by {@code dt}.
   *
   * @param dt                 step [s], positive
   * @param sourceGramsPerCell mass emitted into each cell during the step [g], spread evenly
   *                           over it; length {@link CellGrid#cellCount()}; null for none
   * @param wind               the wind during the step
   */
  public void step(double dt, double[] sourceGramsPerCell, WindPeriod wind) {
    stencil.plan(dt, wind);
    double srcScale = 0;
    if (sourceGramsPerCell != null) {
      if (sourceGramsPerCell.length != n) {
        throw new IllegalArgumentException("expected " + n + " cell sources, got "
            + sourceGramsPerCell.length);
      }
      double total = 0;
      double min = 0;
      for (double g : sourceGramsPerCell) {
        total += g;
        min = Math.min(min, g);
      }
      if (!(min >= 0) || !Double.isFinite(total)) {
        throw new IllegalArgumentException("cell sources must be finite and >= 0 g");
      }
      emitted += total;
      srcScale = UG_PER_G / (cellVolume * stencil.subSteps);
    }
    double toGrams = cellVolume / UG_PER_G;
    double cb = stencil.params.background();
    for (int j = 0; j < stencil.subSteps; j++) {
      double out = stencil.outflow(c);
      double sum = stencil.forward(c, next, sourceGramsPerCell, srcScale);
      outflow += out * toGrams;
      decayed += stencil.kk * sum * toGrams;
      ventilated += stencil.v * (sum - n * cb) * toGrams;
      double[] t = c;
      c = next;
      next = t;
    }
    time += dt;
    steps++;
  }

  private double mass(double[] field) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += field[i];
    }
    return s * cellVolume / UG_PER_G;
  }

  /** Concentration in cell {@code cell} [ug/m3]. */
  public double concentration(int cell) {
    if (cell < 0 || cell >= n) {
      throw new IndexOutOfBoundsException("cell " + cell + " of " + n);
    }
    return c[cell];
  }

  /**
   * Concentration a station reads: that of its cell [ug/m3].
   *
   * @throws IllegalArgumentException naming the station and grid extent if it lies outside
   */
  public double concentrationAt(Station station) {
    return c[grid.cellOf(station)];
  }

  /** Copies the field into {@code out} (length at least {@link CellGrid#cellCount()}). */
  public void copyConcentrations(double[] out) {
    System.arraycopy(c, 0, out, 0, n);
  }

  /** A copy of the field [ug/m3]. */
  public double[] concentrations() {
    return Arrays.copyOf(c, n);
  }

  /**
   * Replaces the field, e.g. with a spun-up state; the budget restarts from it. Only before the
   * first step if a {@link SourceHistory} is to record this model.
   *
   * @param field concentrations [ug/m3], finite and >= 0
   */
  public void setConcentrations(double[] field) {
    if (field.length != n) {
      throw new IllegalArgumentException("expected " + n + " cells, got " + field.length);
    }
    for (double x : field) {
      if (!(x >= 0) || !Double.isFinite(x)) {
        throw new IllegalArgumentException("concentrations must be finite and >= 0, got " + x);
      }
    }
    System.arraycopy(field, 0, c, 0, n);
    resets++;
    initial = mass(c);
    emitted = 0;
    outflow = 0;
    decayed = 0;
    ventilated = 0;
  }

  /** Where the mass went since the start (or the last {@link #setConcentrations}). */
  public MassBudget budget() {
    return new MassBudget(initial, emitted, mass(c), outflow, decayed, ventilated);
  }

  /** Simulation time of the field [s]. */
  public double time() {
    return time;
  }

  /** Steps taken. */
  public long stepCount() {
    return steps;
  }

  /** How often {@link #setConcentrations} replaced the field. */
  public long resetCount() {
    return resets;
  }

  /** Sub-steps the last step needed for stability. */
  public int lastSubSteps() {
    return stencil.subSteps;
  }

  public CellGrid grid() {
    return grid;
  }

  public DispersionParams params() {
    return stencil.params;
  }

  public Boundary boundary() {
    return boundary;
  }

  /** Volume of one cell's box [m3]. */
  public double cellVolume() {
    return cellVolume;
  }
}
