package org.citysim.sim.pollution;

import java.util.Arrays;
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
    history.checkInSync();
    DispersionModel model = history.model();
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
    Stencil stencil = new Stencil(model.grid(), model.params(), model.boundary());
    LinkCells links = history.links();
    double[] lambda = new double[n + 1]; // slot n: the ghost, 0 in the adjoint
    double[] next = new double[n + 1];
    double[] acc = new double[n];
    double[] perLink = new double[links.linkCount()];
    double background = 0;
    // Steps after the window leave lambda at zero, so the sweep starts at the window's end.
    for (int s = last; s >= 0; s--) {
      if (history.end(s) > from && history.end(s) <= to) {
        lambda[target] += history.dt(s) / weight;
      }
      stencil.plan(history.dt(s), history.wind(s));
      Arrays.fill(acc, 0);
      for (int j = 0; j < stencil.subSteps; j++) {
        double sum = stencil.transpose(lambda, next, acc);
        background += stencil.constantDot(lambda, sum);
        double[] t = lambda;
        lambda = next;
        next = t;
      }
      // Each sub-step adds grams/subSteps spread over the link's cells, in ug/m3 per gram.
      double scale = 1e6 / (model.cellVolume() * stencil.subSteps);
      for (int k = history.stepStart(s); k < history.stepStart(s + 1); k++) {
        int l = history.linkIndex(k);
        double dot = 0;
        for (int i = links.start(l); i < links.end(l); i++) {
          dot += links.weight(i) * acc[links.cell(i)];
        }
        perLink[l] += history.grams(k) * scale * dot;
      }
    }
    double[] c0 = history.initialField();
    for (int i = 0; i < n; i++) {
      background += lambda[i] * c0[i];
    }
    double mean = background;
    for (double x : perLink) {
      mean += x;
    }
    return new Result(station, from, to, mean, background, perLink);
  }
}
