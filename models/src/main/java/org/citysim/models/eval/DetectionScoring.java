package org.citysim.models.eval;

import java.util.List;

/**
 * Scores alarms against blocked labels: slot-level accuracy, precision, recall, false-alarm
 * rate and ROC AUC, and episode-level detection share and mean time to detect.
 */
public final class DetectionScoring {
  private DetectionScoring() {}

  /**
   * Scores one method.
   *
   * @param method    its name for the row
   * @param setting   its operating point for the row
   * @param days      the day indices judged (for the table only)
   * @param blocked   {@code blocked[d][slot][sensor]} labels, d indexing {@code alarms}
   * @param alarms    {@code alarms[d][slot][sensor]}
   * @param scores    {@code scores[d][slot][sensor]} for the ROC AUC, or null when the method
   *                  has no score
   * @param noScore   why there is no score (used when {@code scores} is null)
   * @param firstSlot first slot of each day that is judged (earlier ones lack a full window)
   * @param interval  slot length [s]
   */
  public static ClassificationTable.Row score(String method, String setting, List<Integer> days,
      boolean[][][] blocked, boolean[][][] alarms, float[][][] scores, String noScore,
      int firstSlot, double interval) {
    long tp = 0;
    long fp = 0;
    long tn = 0;
    long fn = 0;
    int episodes = 0;
    int detected = 0;
    double ttdSum = 0;
    int nScores = 0;
    for (int d = 0; d < blocked.length; d++) {
      nScores += Math.max(0, blocked[d].length - firstSlot) * sensors(blocked[d]);
    }
    double[] s = scores == null ? null : new double[nScores];
    boolean[] y = scores == null ? null : new boolean[nScores];
    int k = 0;
    for (int d = 0; d < blocked.length; d++) {
      int slots = blocked[d].length;
      int sensors = sensors(blocked[d]);
      for (int i = 0; i < sensors; i++) {
        int episodeStart = -1;
        int firstAlarm = -1;
        for (int t = firstSlot; t < slots; t++) {
          boolean b = blocked[d][t][i];
          boolean a = alarms[d][t][i];
          if (b && a) {
            tp++;
          } else if (a) {
            fp++;
          } else if (b) {
            fn++;
          } else {
            tn++;
          }
          if (s != null) {
            s[k] = scores[d][t][i];
            y[k] = b;
            k++;
          }
          if (b && episodeStart < 0) {
            episodeStart = t;
            firstAlarm = -1;
          }
          if (b && a && firstAlarm < 0) {
            firstAlarm = t;
          }
          boolean ends = b && (t + 1 == slots || !blocked[d][t + 1][i]);
          if (ends) {
            episodes++;
            if (firstAlarm >= 0) {
              detected++;
              ttdSum += (firstAlarm - episodeStart) * interval;
            }
            episodeStart = -1;
          }
        }
      }
    }
    long n = tp + fp + tn + fn;
    double accuracy = n == 0 ? Double.NaN : (double) (tp + tn) / n;
    double precision = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
    double far = fp + tn == 0 ? Double.NaN : (double) fp / (fp + tn);
    double auc = s == null ? Double.NaN : RocAuc.of(s, y);
    String note = s == null ? noScore
        : Double.isNaN(auc) ? "the days judged have no blocked or no free slots" : "";
    return new ClassificationTable.Row(method, setting, n, tp + fn, accuracy, precision, recall,
        auc, note, episodes, episodes == 0 ? Double.NaN : (double) detected / episodes,
        detected == 0 ? Double.NaN : ttdSum / detected, far);
  }

  private static int sensors(boolean[][] day) {
    return day.length == 0 ? 0 : day[0].length;
  }
}
