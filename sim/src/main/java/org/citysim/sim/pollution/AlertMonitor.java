package org.citysim.sim.pollution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches AQI series per station and pollutant, and keeps {@link Alert} records: an alert
 * while the AQI is above a level (ending, with hysteresis, once it is at or below {@code level -
 * hysteresis}), and an early warning when a short-term projection crosses the level first.
 *
 * <p>The projection is the least-squares line through the last {@code trendSamples} samples,
 * evaluated {@code horizon} seconds after the latest one; a warning needs a rising trend. A
 * warning is withdrawn when the projection falls to or below {@code level - hysteresis} with
 * the AQI still at or below the level.
 *
 * <p>Deterministic: records are kept in the order they start. Not thread-safe.
 */
public final class AlertMonitor {
  /** The alert levels of {@code domain-models.md}: above 100 and above 150. */
  public static final double[] DEFAULT_LEVELS = {100, 150};

  private final double[] levels;
  private final double hysteresis;
  private final int trendSamples;
  private final double horizon;
  private final Map<String, Series> series = new HashMap<>();
  private final List<Alert> records = new ArrayList<>();

  /**
   * @param levels       AQI levels, positive and increasing
   * @param hysteresis   AQI points below a level at which an alert ends, at least 0
   * @param trendSamples samples in the trend fit, at least 2
   * @param horizon      how far ahead the trend is projected [s], at least 0
   */
  public AlertMonitor(double[] levels, double hysteresis, int trendSamples, double horizon) {
    if (levels.length == 0) {
      throw new IllegalArgumentException("alert monitor needs at least one level");
    }
    for (int i = 0; i < levels.length; i++) {
      if (!(levels[i] > 0) || (i > 0 && !(levels[i] > levels[i - 1]))) {
        throw new IllegalArgumentException("alert levels must be positive and increasing, got "
            + Arrays.toString(levels));
      }
    }
    if (!(hysteresis >= 0) || trendSamples < 2 || !(horizon >= 0)) {
      throw new IllegalArgumentException("need hysteresis >= 0, trend samples >= 2 and horizon"
          + " >= 0, got " + hysteresis + ", " + trendSamples + ", " + horizon);
    }
    this.levels = levels.clone();
    this.hysteresis = hysteresis;
    this.trendSamples = trendSamples;
    this.horizon = horizon;
  }

  /** Levels 100 and 150, no hysteresis, a trend over 6 samples projected 1 h ahead. */
  public static AlertMonitor standard() {
    return new AlertMonitor(DEFAULT_LEVELS, 0, 6, 3600);
  }

  /** One station's series for one pollutant. */
  private final class Series {
    final double[] t = new double[trendSamples];
    final double[] a = new double[trendSamples];
    int count;
    double last = Double.NEGATIVE_INFINITY;
    final int[] alert = filled();
    final int[] warning = filled();

    private int[] filled() {
      int[] x = new int[levels.length];
      Arrays.fill(x, -1);
      return x;
    }

    void add(double time, double aqi) {
      int slot = count % trendSamples;
      t[slot] = time;
      a[slot] = aqi;
      count++;
      last = time;
    }

    /** Projected AQI at {@code now + horizon}, or NaN before there are enough samples. */
    double projection(double now, double[] slope) {
      if (count < trendSamples) {
        return Double.NaN;
      }
      double mt = 0;
      double ma = 0;
      for (int i = 0; i < trendSamples; i++) {
        mt += t[i] - now; // relative to now: keeps the sums well conditioned
        ma += a[i];
      }
      mt /= trendSamples;
      ma /= trendSamples;
      double sxy = 0;
      double sxx = 0;
      for (int i = 0; i < trendSamples; i++) {
        double dx = t[i] - now - mt;
        sxy += dx * (a[i] - ma);
        sxx += dx * dx;
      }
      slope[0] = sxx == 0 ? 0 : sxy / sxx;
      return ma + slope[0] * (horizon - mt);
    }
  }

  /**
   * Feeds one sample and returns the records that started or ended with it.
   *
   * @param time sample time [s], increasing per station and pollutant
   * @param aqi  the AQI (or any index on the same scale), at least 0
   */
  public List<Alert> observe(String station, String pollutant, double time, double aqi) {
    if (!(aqi >= 0) || !Double.isFinite(time)) {
      throw new IllegalArgumentException("need a finite time and AQI >= 0, got " + time + ", "
          + aqi);
    }
    Series s = series.computeIfAbsent(station + '\u0000' + pollutant, k -> new Series());
    if (!(time > s.last)) {
      throw new IllegalArgumentException("samples of " + station + "/" + pollutant
          + " must come in increasing time: " + time + " s after " + s.last + " s");
    }
    s.add(time, aqi);
    double[] slope = new double[1];
    double projected = s.projection(time, slope);
    List<Alert> changed = new ArrayList<>();
    for (int i = 0; i < levels.length; i++) {
      double level = levels[i];
      if (s.alert[i] >= 0) {
        if (aqi <= level - hysteresis) {
          changed.add(end(s.alert, i, time, Double.NaN));
        }
        continue;
      }
      if (aqi > level) {
        if (s.warning[i] >= 0) {
          changed.add(end(s.warning, i, time, time - records.get(s.warning[i]).start()));
        }
        s.alert[i] = start(changed, station, pollutant, level, Alert.Kind.ALERT, time);
        continue;
      }
      if (s.warning[i] >= 0) {
        if (!(projected > level - hysteresis)) {
          changed.add(end(s.warning, i, time, Double.NaN));
        }
      } else if (slope[0] > 0 && projected > level) {
        s.warning[i] = start(changed, station, pollutant, level, Alert.Kind.WARNING, time);
      }
    }
    return changed;
  }

  private int start(List<Alert> changed, String station, String pollutant, double level,
      Alert.Kind kind, double time) {
    Alert a = new Alert(station, pollutant, level, kind, time, Double.NaN, Double.NaN);
    records.add(a);
    changed.add(a);
    return records.size() - 1;
  }

  private Alert end(int[] open, int level, double time, double lead) {
    Alert a = records.get(open[level]).ended(time, lead);
    records.set(open[level], a);
    open[level] = -1;
    return a;
  }

  /** Every record so far, open ones with end NaN, in the order they started. */
  public List<Alert> alerts() {
    return List.copyOf(records);
  }
}
