package org.citysim.models.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.citysim.sim.forecast.Evaluation;

/**
 * Our tables as the kernel's {@link Evaluation} (what the command line prints and the reports
 * render): formatted tables, headline figures with stable names, and one-line notes.
 */
public final class EvaluationReports {
  /** The goal: the LSTM's flow MAE this much below the best baseline's [share]. */
  public static final double GOAL_GAIN = 0.10;

  private EvaluationReports() {}

  /**
   * The forecast tables (one per feature) and headlines {@code <feature>.mae.<n>min.<method>}
   * for every row and {@code <feature>.gain.<n>min} (the LSTM's MAE gain over the best
   * baseline, as a share), e.g. {@code flow.mae.15min.lstm}.
   *
   * @param notes notes to start with (training facts); the goal's verdict is added
   */
  public static Evaluation forecaster(String model, EvaluationTable t, double seconds,
      List<String> notes) {
    List<Evaluation.Table> tables = new ArrayList<>();
    Map<String, Double> headlines = new LinkedHashMap<>();
    Set<String> features = new LinkedHashSet<>();
    t.rows().forEach(r -> features.add(r.feature()));
    int days = t.days().size();
    for (String f : features) {
      List<List<String>> rows = new ArrayList<>();
      for (EvaluationTable.Row r : t.rows()) {
        if (!r.feature().equals(f)) {
          continue;
        }
        rows.add(List.of(r.method(), EvaluationTable.minutes(r.horizon()),
            EvaluationTable.num(r.mae()), EvaluationTable.num(r.rmse()),
            EvaluationTable.pct(r.mape()), Long.toString(r.n())));
        headlines.put(key(f) + ".mae." + horizonKey(r.horizon()) + "." + key(r.method()),
            r.mae());
      }
      String unit = f.equals("OCCUPANCY") ? "0..1" : EvaluationTable.unit(f);
      tables.add(new Evaluation.Table(String.format(Locale.ROOT,
          "%s forecasts on the %d test day%s", f.charAt(0) + f.substring(1).toLowerCase(
              Locale.ROOT), days, days == 1 ? "" : "s"),
          List.of("method", "horizon", "MAE [" + unit + "]", "RMSE [" + unit + "]", "MAPE [%]",
              "cells"), rows));
      t.rows().stream().filter(r -> r.feature().equals(f)
          && r.method().equals(EvaluationTable.LSTM)).forEach(r -> headlines.put(key(f)
          + ".gain." + horizonKey(r.horizon()), t.maeGainOverBestOther(EvaluationTable.LSTM, f,
          r.horizon())));
    }
    List<String> all = new ArrayList<>(notes);
    goal(t).ifPresent(all::add);
    return new Evaluation("forecaster", model, tables, headlines, seconds, all);
  }

  /** The goal on flow at 15 and 30 minutes, when the table has those rows. */
  static java.util.Optional<String> goal(EvaluationTable t) {
    double g15 = t.maeGainOverBestOther(EvaluationTable.LSTM, "FLOW", 900);
    double g30 = t.maeGainOverBestOther(EvaluationTable.LSTM, "FLOW", 1800);
    if (Double.isNaN(g15) || Double.isNaN(g30)) {
      return java.util.Optional.empty();
    }
    boolean met = g15 >= GOAL_GAIN && g30 >= GOAL_GAIN;
    return java.util.Optional.of(String.format(Locale.ROOT, "Goal (LSTM flow MAE at least "
        + "%.0f %% below the best baseline's at 15 and 30 min): %s (%.1f %% at 15 min, %.1f %%"
        + " at 30 min).", 100 * GOAL_GAIN, met ? "met" : "NOT met", 100 * g15, 100 * g30));
  }

  /**
   * The detection table and headlines {@code <metric>.<method>} with metric accuracy,
   * precision, recall, f1, auc, detected, mttd_s, far and method classifier or rule.
   */
  public static Evaluation classifier(String model, ClassificationTable t, double seconds,
      List<String> notes) {
    List<List<String>> rows = new ArrayList<>();
    Map<String, Double> headlines = new LinkedHashMap<>();
    List<String> all = new ArrayList<>(notes);
    for (ClassificationTable.Row r : t.rows()) {
      rows.add(List.of(r.method(), r.setting(), f3(r.accuracy()), f3(r.precision()),
          f3(r.recall()), f3(r.f1()), r.aucNote().isEmpty() ? f3(r.auc()) : "n/a",
          Double.isNaN(r.detectedShare()) ? "n/a"
              : String.format(Locale.ROOT, "%.0f %%", 100 * r.detectedShare()),
          Double.isNaN(r.meanTimeToDetect()) ? "n/a"
              : String.format(Locale.ROOT, "%.0f", r.meanTimeToDetect()),
          String.format(Locale.ROOT, "%.4f", r.falseAlarmRate()), Long.toString(r.n()),
          Long.toString(r.positives()), Integer.toString(r.episodes())));
      String m = r.method().startsWith("California") ? "rule" : "classifier";
      headlines.put("accuracy." + m, r.accuracy());
      headlines.put("precision." + m, r.precision());
      headlines.put("recall." + m, r.recall());
      headlines.put("f1." + m, r.f1());
      if (r.aucNote().isEmpty()) {
        headlines.put("auc." + m, r.auc());
      } else {
        all.add("ROC AUC of the " + r.method() + ": n/a, " + r.aucNote() + ".");
      }
      headlines.put("detected." + m, r.detectedShare());
      headlines.put("mttd_s." + m, r.meanTimeToDetect());
      headlines.put("far." + m, r.falseAlarmRate());
    }
    int days = t.days().size();
    Evaluation.Table table = new Evaluation.Table(String.format(Locale.ROOT,
        "Incident detection on the %d test day%s", days, days == 1 ? "" : "s"),
        List.of("method", "setting", "accuracy", "precision", "recall", "F1", "ROC AUC",
            "detected", "mean time to detect [s]", "false-alarm rate", "slots", "blocked slots",
            "episodes"), rows);
    // Map.copyOf in Evaluation refuses nulls, not NaN; NaN stands for "not defined".
    return new Evaluation("classifier", model, List.of(table), headlines, seconds, all);
  }

  private static String f3(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  private static String horizonKey(double seconds) {
    return seconds % 60 == 0 ? (long) (seconds / 60) + "min" : (long) seconds + "s";
  }
}
