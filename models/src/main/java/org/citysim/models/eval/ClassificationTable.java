package org.citysim.models.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Incident detection on held-out days, one row per method. Slots are judged per sensor: a slot
 * is positive when an incident blocked the sensor's link in it.
 *
 * @param days the days scored (indices into the data set)
 * @param rows one per method
 */
public record ClassificationTable(List<Integer> days, List<Row> rows) {

  /**
   * One method's scores.
   *
   * @param method           "LSTM classifier", "California rule", ...
   * @param setting          its operating point, e.g. "p >= 0.42" or the rule's thresholds
   * @param n                sensor-slots judged
   * @param positives        sensor-slots that were blocked
   * @param accuracy         share of slots judged right [0..1]
   * @param precision        share of alarms that were blocked slots [0..1]; NaN without alarms
   * @param recall           share of blocked slots alarmed [0..1]; NaN without blocked slots
   * @param auc              ROC AUC of the method's score [0..1]; NaN when it has none
   * @param aucNote          why {@code auc} is missing, or "" when it is given
   * @param episodes         blocked episodes (maximal runs of blocked slots of one sensor)
   * @param detectedShare    share of episodes with an alarm during the episode [0..1]
   * @param meanTimeToDetect over detected episodes, first alarm slot minus the episode's first
   *                         slot [s]; NaN when none was detected
   * @param falseAlarmRate   alarms in unblocked slots per unblocked slot [0..1]
   */
  public record Row(String method, String setting, long n, long positives, double accuracy,
      double precision, double recall, double auc, String aucNote, int episodes,
      double detectedShare, double meanTimeToDetect, double falseAlarmRate) {
    public Row {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(setting, "setting");
      Objects.requireNonNull(aucNote, "aucNote");
    }

    /** F1 score, the harmonic mean of precision and recall [0..1]; 0 when either is 0/NaN. */
    public double f1() {
      if (!(precision > 0) || !(recall > 0)) {
        return 0;
      }
      return 2 * precision * recall / (precision + recall);
    }
  }

  public ClassificationTable {
    days = List.copyOf(days);
    rows = List.copyOf(rows);
  }

  /** The row of {@code method}, if any. */
  public Optional<Row> row(String method) {
    return rows.stream().filter(r -> r.method.equals(method)).findFirst();
  }

  /** A markdown rendering, one row per method, then the notes on missing AUCs. */
  public String toMarkdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("| method | setting | accuracy | precision | recall | F1 | ROC AUC | detected | "
        + "mean time to detect | false-alarm rate | slots | blocked slots | episodes |\n");
    sb.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      sb.append(String.format(Locale.ROOT,
          "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d | %d | %d |%n", r.method,
          r.setting, f(r.accuracy), f(r.precision), f(r.recall), f(r.f1()),
          r.aucNote.isEmpty() ? f(r.auc) : "n/a", pct(r.detectedShare),
          Double.isNaN(r.meanTimeToDetect) ? "n/a"
              : String.format(Locale.ROOT, "%.0f s", r.meanTimeToDetect),
          String.format(Locale.ROOT, "%.4f", r.falseAlarmRate), r.n, r.positives, r.episodes));
    }
    for (Row r : rows) {
      if (!r.aucNote.isEmpty()) {
        sb.append("\nROC AUC of ").append(r.method).append(": n/a, ").append(r.aucNote)
            .append('\n');
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return toMarkdown();
  }

  private static String f(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String pct(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.0f %%", 100 * v);
  }
}
