package org.citysim.models.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Forecast errors on held-out days, one row per method, feature and horizon, in the style of
 * the METR-LA and PEMS-BAY tables. Errors are in the feature's unit (flow [veh/h], speed [m/s],
 * occupancy [0..1]); MAPE in percent.
 *
 * @param days the days scored (indices into the data set), for the record
 * @param rows the rows, grouped by feature, then method, then horizon
 */
public record EvaluationTable(List<Integer> days, List<Row> rows) {

  /** Name of the learned method in the rows. */
  public static final String LSTM = "LSTM";

  /**
   * One method at one horizon for one feature.
   *
   * @param method   "LSTM", "historical average", "persistence", "seasonal naive"
   * @param feature  the feature's name (FLOW, SPEED, OCCUPANCY)
   * @param horizon  forecast horizon [s]
   * @param mae      mean absolute error [feature unit]
   * @param rmse     root mean squared error [feature unit]
   * @param mape     mean absolute percentage error [%]
   * @param n        cells scored (truth finite and not zero)
   */
  public record Row(String method, String feature, double horizon, double mae, double rmse,
      double mape, long n) {
    public Row {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(feature, "feature");
    }
  }

  public EvaluationTable {
    days = List.copyOf(days);
    rows = List.copyOf(rows);
  }

  /** The row of {@code method}, {@code feature} and {@code horizon} [s], if any. */
  public Optional<Row> row(String method, String feature, double horizon) {
    return rows.stream().filter(r -> r.method.equals(method) && r.feature.equals(feature)
        && r.horizon == horizon).findFirst();
  }

  /** The methods in row order. */
  public List<String> methods() {
    Set<String> s = new LinkedHashSet<>();
    rows.forEach(r -> s.add(r.method));
    return List.copyOf(s);
  }

  /**
   * The baseline (any method but {@code method}) with the lowest MAE for {@code feature} at
   * {@code horizon} [s].
   */
  public Optional<Row> bestOther(String method, String feature, double horizon) {
    return rows.stream().filter(r -> !r.method.equals(method) && r.feature.equals(feature)
        && r.horizon == horizon && !Double.isNaN(r.mae))
        .min((a, b) -> Double.compare(a.mae, b.mae));
  }

  /**
   * How much lower {@code method}'s MAE is than the best other method's, as a share of the
   * latter: 0.1 means 10 % lower, negative means worse. NaN when a row is missing.
   */
  public double maeGainOverBestOther(String method, String feature, double horizon) {
    Optional<Row> own = row(method, feature, horizon);
    Optional<Row> best = bestOther(method, feature, horizon);
    if (own.isEmpty() || best.isEmpty()) {
      return Double.NaN;
    }
    return 1.0 - own.get().mae / best.get().mae;
  }

  /** A markdown rendering: one table per feature, rows method x horizon. */
  public String toMarkdown() {
    StringBuilder sb = new StringBuilder();
    Set<String> features = new LinkedHashSet<>();
    rows.forEach(r -> features.add(r.feature));
    for (String f : features) {
      sb.append("**").append(f).append("** (MAE and RMSE in ").append(unit(f))
          .append(", MAPE in %)\n\n");
      sb.append("| method | horizon | MAE | RMSE | MAPE | cells |\n");
      sb.append("|---|---:|---:|---:|---:|---:|\n");
      for (Row r : rows) {
        if (!r.feature.equals(f)) {
          continue;
        }
        sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %d |%n", r.method,
            minutes(r.horizon), num(r.mae), num(r.rmse), pct(r.mape), r.n));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** A plain-text rendering (the markdown tables are readable as they are). */
  @Override
  public String toString() {
    return toMarkdown();
  }

  static String unit(String feature) {
    return switch (feature) {
      case "FLOW" -> "veh/h";
      case "SPEED" -> "m/s";
      case "OCCUPANCY" -> "share of time [0..1]";
      default -> "the feature's unit";
    };
  }

  static String minutes(double seconds) {
    return seconds % 60 == 0 ? String.format(Locale.ROOT, "%d min", (long) (seconds / 60))
        : String.format(Locale.ROOT, "%.0f s", seconds);
  }

  static String num(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    double a = Math.abs(v);
    return String.format(Locale.ROOT, a >= 100 ? "%.1f" : a >= 1 ? "%.3f" : "%.4f", v);
  }

  static String pct(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
  }
}
