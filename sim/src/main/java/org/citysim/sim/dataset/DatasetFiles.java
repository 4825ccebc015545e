package org.citysim.sim.dataset;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.citysim.sim.forecast.SensorDataset.Feature;
import org.citysim.sim.forecast.SensorDataset.Split;

/** Names and number formats shared by {@link DatasetWriter} and {@link DatasetReader}. */
final class DatasetFiles {
  /** The value of {@code format} in {@code dataset.json}. */
  static final String FORMAT = "citysim-sensor-dataset";
  /** The format version this code writes and reads. */
  static final int VERSION = 1;
  static final String METADATA = "dataset.json";
  static final String VALUES = "values.csv.gz";
  /** Columns of the values file before the features, and after them. */
  static final List<String> KEY_COLUMNS = List.of("day", "slot", "time_s", "sensor");
  static final String BLOCKED_COLUMN = "blocked";

  private DatasetFiles() {}

  /** Lower-case name of a feature, as in the files. */
  static String name(Feature f) {
    return f.name().toLowerCase(Locale.ROOT);
  }

  /** Lower-case name of a split, as in the files. */
  static String name(Split s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  /** The values file's column of a feature. */
  static String column(Feature f) {
    return switch (f) {
      case FLOW -> "flow_veh_h";
      case SPEED -> "speed_m_s";
      case OCCUPANCY -> "occupancy";
    };
  }

  /** The unit of a feature. */
  static String unit(Feature f) {
    return switch (f) {
      case FLOW -> "veh/h";
      case SPEED -> "m/s";
      case OCCUPANCY -> "1";
    };
  }

  /** One sentence on a feature. */
  static String description(Feature f) {
    return switch (f) {
      case FLOW -> "vehicles the sensor counted in the slot, as an hourly rate over its valid"
          + " readings";
      case SPEED -> "mean speed over the link of the vehicles counted; the link's free speed"
          + " when none passed";
      case OCCUPANCY -> "share of the slot the stop-line detection zone was occupied, 0 to 1";
    };
  }

  /**
   * The shortest decimal that reads back as exactly {@code v}, without an exponent and without
   * a trailing {@code .0}; empty for NaN.
   */
  static String format(float v) {
    if (Float.isNaN(v)) {
      return "";
    }
    if (Float.isInfinite(v)) {
      throw new IllegalArgumentException("values must be finite or NaN, got " + v);
    }
    return plain(Float.toString(v));
  }

  /** Like {@link #format(float)} for a double (no NaN). */
  static String format(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("expected a finite number, got " + v);
    }
    return plain(Double.toString(v));
  }

  private static String plain(String s) {
    if (s.indexOf('E') >= 0) {
      return new BigDecimal(s).stripTrailingZeros().toPlainString();
    }
    if (s.endsWith(".0")) {
      s = s.substring(0, s.length() - 2);
    }
    return s;
  }
}
