package org.citysim.models.eval;

import java.util.Arrays;

/** Area under the ROC curve, from scores and labels. */
public final class RocAuc {
  private RocAuc() {}

  /**
   * The probability that a random positive scores above a random negative (ties count half),
   * computed as the normalised Mann-Whitney U statistic with average ranks.
   *
   * @return the AUC [0..1]; NaN when there are no positives or no negatives
   */
  public static double of(double[] scores, boolean[] labels) {
    int n = scores.length;
    if (labels.length != n) {
      throw new IllegalArgumentException("scores and labels differ in length");
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
    long pos = 0;
    double rankSumPos = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
        j++;
      }
      double avgRank = (i + j) / 2.0 + 1.0; // ranks from 1; ties share their mean rank
      for (int k = i; k <= j; k++) {
        if (labels[order[k]]) {
          rankSumPos += avgRank;
          pos++;
        }
      }
      i = j + 1;
    }
    long neg = n - pos;
    if (pos == 0 || neg == 0) {
      return Double.NaN;
    }
    return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
  }
}
