package org.citysim.models.eval;

/**
 * Running sums for MAE, RMSE and MAPE of one method, feature and horizon. A cell counts only
 * when its truth is finite and not zero (the METR-LA / PEMS-BAY convention: zero stands for "no
 * reading" there, and MAPE is undefined on it), so every metric is over the same cells.
 */
public final class ErrorAccumulator {
  private double absSum;
  private double sqSum;
  private double relSum;
  private long n;

  /** Adds one cell; skipped when {@code truth} is NaN, infinite or zero. */
  public void add(double truth, double predicted) {
    if (!counts(truth)) {
      return;
    }
    double e = predicted - truth;
    absSum += Math.abs(e);
    sqSum += e * e;
    relSum += Math.abs(e) / Math.abs(truth);
    n++;
  }

  /** Whether a truth value is scored at all. */
  public static boolean counts(double truth) {
    return Double.isFinite(truth) && truth != 0.0;
  }

  /** Cells counted. */
  public long count() {
    return n;
  }

  /** Mean absolute error [feature unit]; NaN when nothing was counted. */
  public double mae() {
    return n == 0 ? Double.NaN : absSum / n;
  }

  /** Root mean squared error [feature unit]; NaN when nothing was counted. */
  public double rmse() {
    return n == 0 ? Double.NaN : Math.sqrt(sqSum / n);
  }

  /** Mean absolute percentage error [%]; NaN when nothing was counted. */
  public double mape() {
    return n == 0 ? Double.NaN : 100.0 * relSum / n;
  }
}
