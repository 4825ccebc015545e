package org.citysim.sim.pollution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Exact source attribution of station concentrations by the adjoint of the discrete model.
 *
 * <p>The model is affine: each sub-step maps the field by {@code c' = A c + b + s}, with {@code
 * A} the stencil, {@code b} what the background brings in (ventilation, open edges) and {@code
 * s} the sources. A station's window mean is a weighted sum {@code J = sum_n w_n r.c_n} of its
 * cell's value after each step, so by linearity {@code J = lambda_0.c_0 + sum_j lambda_j.(b_j
 * + s_j)}, where {@code lambda_j} (the sensitivity of J to the field after sub-step j) follows
 * from one backward sweep with the transposed stencil {@code A^T}. A link's share is the sum
 * over steps of its grams times {@code lambda} summed over the step's sub-steps, dotted with
 * the link's cell weights. The background part is {@code lambda_0.c_0 + sum_j lambda_j.b_j}.
 * Everything is exact up to rounding, and the parts add up to the forward model's mean.
 *
 * <p><b>Cost.</b> One backward sweep per station and window, the same cost as the forward run
 * (plus a pass over the recorded link emissions), whatever the number of links. Tagged tracer
 * fields would instead cost one forward field per link (or link group) for all stations at
 * once: cheaper only with fewer source groups than station-windows.
 *
 * <p><b>Window mean.</b> The mean of the station's value after each step whose end lies in
 * {@code (from, to]}, weighted by step length: what a station sampling at step ends reports.
 */
public final class Attribution {
  private final SourceHistory history;

  public Attribution(SourceHistory history) {
    this.history = Objects.requireNonNull(history, "history");
  }

  /**
   * A station's window mean split into the background and one part per link.
   *
   * @param station    the station
   * @param from       window start [s], exclusive
   * @param to         window end [s], inclusive
   * @param mean       window mean concentration [ug/m3], {@code background + sum(perLink)}
   * @param background part due to the initial field and the background air [ug/m3]
   * @param perLink    part due to each link's emissions [ug/m3], by link index
   */
  public record Result(Station station, double from, double to, double mean,
      double background, double[] perLink) {

    /** Share of the mean due to link {@code l} [-]. */
    public double share(int l) {
      return mean == 0 ? 0 : perLink[l] / mean;
    }

    /** Share of the mean due to the background [-]. */
    public double backgroundShare() {
      return mean == 0 ? 0 : background / mean;
    }
  }

  /**
   * Attributes the station's mean over the steps that end in {@code (from, to]}.
   *
   * @throws IllegalArgumentException if no recorded step ends in the window, or the station is
   *                                  outside the grid
   */
  public Result attribute(Station station, double from, double to) {
    return attribute(station, from, to, List.of()).get(0);
  }

  /**
   * As {@link #attribute(Station, double, double)}, for this history and {@code others} at once,
   * with one backward sweep: the others must be other pollutants stepped alongside this one
   * (same grid, boundary, steps and winds, and the same parameters except the background), so
   * the adjoint fields are the same and only the sources and the background differ.
   *
   * @return one result per history, this one first
   * @throws IllegalArgumentException if the others do not share this history's operator
   */
  public List<Result> attribute(Station station, double from, double to,
      List<SourceHistory> others) {
    List<SourceHistory> all = new ArrayList<>();
    all.add(history);
    all.addAll(others);
    for (SourceHistory h : all) {
      h.checkInSync();
    }
    DispersionModel model = history.model();
    for (SourceHistory h : others) {
      checkSameOperator(history, h);
    }
    int target = model.grid().cellOf(station);
    int steps = history.stepCount();
    double weight = 0;
    int last = -1;
    for (int s = 0; s < steps; s++) {
      if (history.end(s) > from && history.end(s) <= to) {
        weight += history.dt(s);
        last = s;
      }
    }
    if (last < 0) {
      throw new IllegalArgumentException("no pollution step ends in (" + from + ", " + to
          + "] s; recorded " + steps + " steps from " + history.startTime() + " s");
    }
    int n = model.grid().cellCount();
    // Background 1: the constant part of a step is linear in the background, so each
    // history's is its own background times this one's.
    Stencil stencil = new Stencil(model.grid(), model.params().withBackground(1),
        model.boundary());
    LinkCells links = history.links();
    int k = all.size();
    double[] lambda = new double[n + 1]; // slot n: the ghost, 0 in the adjoint
    double[] next = new double[n + 1];
    double[] acc = new double[n];
    double[][] perLink = new double[k][links.linkCount()];
    double unitBackground = 0;
    // Steps after the window leave lambda at zero, so the sweep starts at the window's end.
    for (int s = last; s >= 0; s--) {
      if (history.end(s) > from && history.end(s) <= to) {
        lambda[target] += history.dt(s) / weight;
      }
      stencil.plan(history.dt(s), history.wind(s));
      Arrays.fill(acc, 0);
      for (int j = 0; j < stencil.subSteps; j++) {
        double sum = stencil.transpose(lambda, next, acc);
        unitBackground += stencil.constantDot(lambda, sum);
        double[] t = lambda;
        lambda = next;
        next = t;
      }
      // Each sub-step adds grams/subSteps spread over the link's cells, in ug/m3 per gram.
      double scale = 1e6 / (model.cellVolume() * stencil.subSteps);
      for (int h = 0; h < k; h++) {
        SourceHistory hist = all.get(h);
        double[] per = perLink[h];
        for (int q = hist.stepStart(s); q < hist.stepStart(s + 1); q++) {
          int l = hist.linkIndex(q);
          double dot = 0;
          for (int i = links.start(l); i < links.end(l); i++) {
            dot += links.weight(i) * acc[links.cell(i)];
          }
          per[l] += hist.grams(q) * scale * dot;
        }
      }
    }
    List<Result> out = new ArrayList<>(k);
    for (int h = 0; h < k; h++) {
      SourceHistory hist = all.get(h);
      double background = unitBackground * hist.model().params().background();
      double[] c0 = hist.initialField();
      for (int i = 0; i < n; i++) {
        background += lambda[i] * c0[i];
      }
      double mean = background;
      for (double x : perLink[h]) {
        mean += x;
      }
      out.add(new Result(station, from, to, mean, background, perLink[h]));
    }
    return out;
  }

  private static void checkSameOperator(SourceHistory a, SourceHistory b) {
    DispersionModel ma = a.model();
    DispersionModel mb = b.model();
    boolean same = ma.grid() == mb.grid() && ma.boundary() == mb.boundary()
        && a.links() == b.links() && a.stepCount() == b.stepCount()
        && ma.params().withBackground(0).equals(mb.params().withBackground(0));
    for (int s = 0; same && s < a.stepCount(); s++) {
      same = a.dt(s) == b.dt(s) && a.end(s) == b.end(s) && a.wind(s).equals(b.wind(s));
    }
    if (!same) {
      throw new IllegalArgumentException("histories attributed together must share the grid,"
          + " boundary, link cells, steps, winds and every parameter but the background");
    }
  }
}
