package org.citysim.sim.dataset;

import org.citysim.sim.forecast.SensorDataset.Split;

/**
 * Splits days by time: the earliest for training, then validation, the latest for testing, so a
 * model is always judged on days after those it learned from (as it will be used). Validation
 * and test get {@code round(days * share)} days each; with three days or more each part with a
 * positive share has at least one day (taken from training, which keeps at least one). One day
 * is training only; two are training and test (training only when the test share is 0).
 */
public final class ChronologicalSplit {
  private ChronologicalSplit() {}

  /**
   * The part of each day, in day order.
   *
   * @param days            number of days, at least 1
   * @param trainShare      share for training [0..1]
   * @param validationShare share for validation [0..1]; test gets the rest
   */
  public static Split[] of(int days, double trainShare, double validationShare) {
    if (days < 1) {
      throw new IllegalArgumentException("need at least one day, got " + days);
    }
    if (!(trainShare >= 0 && validationShare >= 0 && trainShare + validationShare <= 1 + 1e-9)) {
      throw new IllegalArgumentException("shares must be >= 0 and sum to at most 1");
    }
    double testShare = Math.max(0, 1 - trainShare - validationShare);
    int val = (int) Math.round(days * validationShare);
    int test = (int) Math.round(days * testShare);
    if (days >= 3) {
      val = validationShare > 0 ? Math.max(1, val) : 0;
      test = testShare > 1e-9 ? Math.max(1, test) : 0;
      while (val + test > days - 1) {
        if (val >= test) {
          val--;
        } else {
          test--;
        }
      }
    } else {
      val = 0;
      test = testShare > 1e-9 ? days - 1 : 0;
    }
    Split[] out = new Split[days];
    for (int d = 0; d < days; d++) {
      out[d] = d < days - val - test ? Split.TRAIN
          : d < days - test ? Split.VALIDATION : Split.TEST;
    }
    return out;
  }
}
