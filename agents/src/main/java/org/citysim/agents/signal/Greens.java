package org.citysim.agents.signal;

/** Green-time arithmetic within bounds. */
public final class Greens {
  private Greens() {}

  /**
   * Scales {@code weights} to green times that sum to {@code total} [s] with every green in
   * [{@code lo}, {@code hi}] [s]: each green is {@code clamp(λ·w_i, lo, hi)} with the one factor
   * λ that makes the sum right, so unclamped stages keep the proportions of their weights (as
   * Webster's split rule wants) and clamped ones give their excess or shortfall to the others.
   * Weights of zero or less count as a tiny positive weight. When {@code total} is out of reach
   * ({@code n·lo > total} or {@code n·hi < total}) every green is at the nearer bound.
   *
   * @param weights non-negative weights, one per stage
   * @param lo      minimum green [s]
   * @param hi      maximum green [s], at least {@code lo}
   * @param total   wanted sum of the greens [s]
   * @return the greens [s]
   */
  public static double[] fit(double[] weights, double lo, double hi, double total) {
    int n = weights.length;
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = weights[i] > 1e-9 && Double.isFinite(weights[i]) ? weights[i] : 1e-9;
    }
    double[] out = new double[n];
    if (total <= n * lo) {
      java.util.Arrays.fill(out, lo);
      return out;
    }
    if (total >= n * hi) {
      java.util.Arrays.fill(out, hi);
      return out;
    }
    // sum(λ) = Σ clamp(λ·w_i, lo, hi) is continuous and non-decreasing: bisect on λ.
    double a = 0;
    double b = 1;
    while (sum(w, b, lo, hi) < total) {
      b *= 2;
    }
    for (int k = 0; k < 200 && b - a > 1e-12 * b; k++) {
      double m = 0.5 * (a + b);
      if (sum(w, m, lo, hi) < total) {
        a = m;
      } else {
        b = m;
      }
    }
    for (int i = 0; i < n; i++) {
      out[i] = clamp(b * w[i], lo, hi);
    }
    return out;
  }

  /** {@code v} limited to [{@code lo}, {@code hi}]. */
  public static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  /** Sum of {@code g}. */
  public static double sum(double[] g) {
    double s = 0;
    for (double x : g) {
      s += x;
    }
    return s;
  }

  private static double sum(double[] w, double lambda, double lo, double hi) {
    double s = 0;
    for (double x : w) {
      s += clamp(lambda * x, lo, hi);
    }
    return s;
  }
}
