package org.citysim.reports.text;

import java.math.BigDecimal;
import java.util.Locale;

/** Fixed-decimal number formatting, independent of the default locale. */
public final class Decimals {
  /** Beyond this magnitude the long-arithmetic fast path could overflow. */
  private static final double FAST_LIMIT = 1e12;

  private Decimals() {}

  /**
   * Formats {@code value} with exactly three decimals and a '.' separator ("12.500").
   * Non-finite values give the empty string, so CSV readers see a missing value rather than a
   * token like "NaN" that many tools do not parse. Negative zero prints as "0.000".
   */
  public static String three(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    if (Math.abs(value) >= FAST_LIMIT) {
      // Rare; String.format is slow but exact, and ROOT keeps the '.' separator.
      String s = String.format(Locale.ROOT, "%.3f", value);
      return s.equals("-0.000") ? "0.000" : s;
    }
    // CSV files can hold hundreds of thousands of numbers; String.format would dominate the
    // writing time, so round in integer arithmetic (deterministic: Java doubles are strict).
    long milli = Math.round(value * 1000.0);
    StringBuilder sb = new StringBuilder(16);
    if (milli < 0) {
      sb.append('-');
      milli = -milli;
    }
    long whole = milli / 1000;
    long frac = milli % 1000;
    sb.append(whole).append('.');
    if (frac < 100) {
      sb.append('0');
    }
    if (frac < 10) {
      sb.append('0');
    }
    sb.append(frac);
    return sb.toString();
  }

  /**
   * Formats a KPI value for people: integers as they are, doubles without exponent and without
   * trailing zeros ("12.5", "3000000"), non-finite doubles as "n/a".
   */
  public static String plain(Number value) {
    if (value == null) {
      return "n/a";
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte) {
      return Long.toString(value.longValue());
    }
    if (value instanceof BigDecimal bd) {
      return bd.stripTrailingZeros().toPlainString();
    }
    double d = value.doubleValue();
    if (!Double.isFinite(d)) {
      return "n/a";
    }
    if (d == 0.0) {
      return "0";
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
