package org.citysim.app.sweep.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.citysim.app.sweep.design.DesignPlan;
import org.citysim.reports.sweep.SobolIndex;

/**
 * First- and total-order Sobol indices of one KPI from the outputs of a Saltelli plan, with
 * percentile bootstrap confidence intervals. The estimators are those SALib uses:
 *
 * <ul>
 *   <li>first order (Saltelli et al. 2010, Comput. Phys. Commun. 181, table 2 (b)):
 *       S1_j = mean(f(B) (f(AB_j) - f(A))) / V;
 *   <li>total (Jansen 1999, Comput. Phys. Commun. 117): ST_j = mean((f(A) - f(AB_j))^2) / (2V);
 * </ul>
 *
 * where V is the variance (n denominator) of the outputs of A and B together. As in SALib the
 * outputs are first centred on their mean, which leaves the indices' expectations unchanged but
 * removes a term of the first-order estimator's variance that grows with the output's mean.
 *
 * <p>A base row i (A_i, B_i and every AB_j,i) is used only if all its k + 2 outputs are known:
 * the estimators pair the outputs of one row, so a row with a failed or missing run is dropped
 * as a whole. The intervals resample the kept rows with replacement; the quasi-random rows are
 * not independent, so the intervals err on the wide side. A KPI that does not vary, or fewer
 * than two complete rows, gives NaN indices.
 */
public final class SobolAnalysis {
  /** Bootstrap resamples used by the sweep analysis. */
  public static final int RESAMPLES = 1000;

  private final int resamples;

  /** @param resamples bootstrap resamples for the intervals, at least 1 */
  public SobolAnalysis(int resamples) {
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be at least 1");
    }
    this.resamples = resamples;
  }

  /**
   * The indices of {@code kpi} against every parameter.
   *
   * @param kpi        KPI path
   * @param parameters parameter paths, k of them, in plan order
   * @param plan       the plan's Saltelli structure
   * @param y          the output of every plan point (NaN where unknown), n (k + 2) values
   * @param seed       seed of the bootstrap; the KPI's name is mixed in, so a KPI's
   *                   intervals do not depend on which other KPIs are analysed
   */
  public List<SobolIndex> analyse(String kpi, List<String> parameters,
      DesignPlan.Saltelli plan, double[] y, long seed) {
    int k = plan.k();
    if (parameters.size() != k || y.length != (long) plan.n() * (k + 2)) {
      throw new IllegalArgumentException("a Saltelli plan of " + plan.n() + " x (" + k
          + " + 2) points needs " + k + " parameters and as many outputs, got "
          + parameters.size() + " and " + y.length);
    }
    double[][] rows = completeRows(y, plan.n(), k);
    // A constant KPI has no variance to share out; centring may leave rounding residue, so
    // test the outputs themselves rather than the variance.
    int m = constant(rows) ? 0 : rows.length;
    int[] all = new int[m];
    Arrays.setAll(all, i -> i);
    double[][] point = estimate(rows, all, k);
    double[][][] boot = new double[2][k][resamples];
    RandomGenerator random = new Well19937c(seed ^ (0x9E3779B97F4A7C15L * kpi.hashCode()));
    int[] pick = new int[m];
    for (int b = 0; b < resamples && m > 1; b++) {
      for (int i = 0; i < m; i++) {
        pick[i] = random.nextInt(m);
      }
      double[][] e = estimate(rows, pick, k);
      for (int j = 0; j < k; j++) {
        boot[0][j][b] = e[0][j];
        boot[1][j][b] = e[1][j];
      }
    }
    List<SobolIndex> out = new ArrayList<>(k);
    for (int j = 0; j < k; j++) {
      double[] first = interval(boot[0][j], m);
      double[] total = interval(boot[1][j], m);
      out.add(new SobolIndex(kpi, parameters.get(j), point[0][j], first[0], first[1],
          point[1][j], total[0], total[1]));
    }
    return out;
  }

  /** The rows whose k + 2 outputs are all known, centred on their common mean. */
  private static double[][] completeRows(double[] y, int n, int k) {
    List<double[]> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double[] row = Arrays.copyOfRange(y, i * (k + 2), (i + 1) * (k + 2));
      if (Arrays.stream(row).allMatch(Double::isFinite)) {
        rows.add(row);
      }
    }
    double sum = 0;
    for (double[] row : rows) {
      for (double v : row) {
        sum += v;
      }
    }
    double mean = sum / Math.max(1, rows.size() * (k + 2));
    for (double[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        row[c] -= mean;
      }
    }
    return rows.toArray(new double[0][]);
  }

  private static boolean constant(double[][] rows) {
    for (double[] row : rows) {
      for (double v : row) {
        if (v != rows[0][0]) {
          return false;
        }
      }
    }
    return true;
  }

  /** S1 ([0]) and ST ([1]) per parameter over the rows {@code pick} (repeats allowed). */
  private static double[][] estimate(double[][] rows, int[] pick, int k) {
    double[][] s = new double[2][k];
    int m = pick.length;
    if (m < 2) {
      Arrays.fill(s[0], Double.NaN);
      Arrays.fill(s[1], Double.NaN);
      return s;
    }
    // Variance of A and B pooled, n denominator, about the pooled mean (two passes).
    double sum = 0;
    for (int i : pick) {
      sum += rows[i][0] + rows[i][1];
    }
    double mean = sum / (2.0 * m);
    double squares = 0;
    for (int i : pick) {
      double a = rows[i][0] - mean;
      double b = rows[i][1] - mean;
      squares += a * a + b * b;
    }
    double variance = squares / (2.0 * m);
    for (int j = 0; j < k; j++) {
      double first = 0;
      double total = 0;
      for (int i : pick) {
        double a = rows[i][0];
        double ab = rows[i][2 + j];
        first += rows[i][1] * (ab - a);
        total += (a - ab) * (a - ab);
      }
      s[0][j] = variance > 0 ? first / m / variance : Double.NaN;
      s[1][j] = variance > 0 ? total / (2.0 * m) / variance : Double.NaN;
    }
    return s;
  }

  /** The 95 % percentile interval of the bootstrap estimates, NaN ones left out. */
  private double[] interval(double[] estimates, int rows) {
    double[] finite = Arrays.stream(estimates).filter(Double::isFinite).toArray();
    if (rows < 2 || finite.length == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    // R-7 (linear interpolation between order statistics) is NumPy's default percentile.
    Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    p.setData(finite);
    return new double[] {p.evaluate(2.5), p.evaluate(97.5)};
  }
}
