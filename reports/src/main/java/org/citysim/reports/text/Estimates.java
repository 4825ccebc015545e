package org.citysim.reports.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Statistical estimates for people, as the sweep report shows them: a number to a few
 * significant digits, and a mean with the half-width of its confidence interval rounded to
 * match. Undefined values (NaN, infinities) show as {@link #MISSING}. Locale-independent and
 * exact (decimal arithmetic), so equal inputs give equal text on any machine.
 */
public final class Estimates {
  /** Shown for a missing or undefined number: an en dash. */
  public static final String MISSING = "\u2013";
  /** Significant digits of a number shown on its own. */
  public static final int DIGITS = 4;
  /** Outside [1e-4, 1e9) a plain decimal would be all zeros or too long to read. */
  private static final double SMALL = 1e-4;
  private static final double LARGE = 1e9;
  /** Most decimals a mean is rounded to; a half-width below 1e-12 is shown as such. */
  private static final int MAX_DECIMALS = 12;

  private Estimates() {}

  /** {@code value} to {@link #DIGITS} significant digits. */
  public static String number(double value) {
    return number(value, DIGITS);
  }

  /**
   * {@code value} to {@code digits} significant digits, without trailing zeros ("12.35",
   * "1200", "0.5"); in scientific notation ("1.235e-05") outside [1e-4, 1e9); "–" when not
   * finite. Zero (of either sign) is "0".
   */
  public static String number(double value, int digits) {
    if (!Double.isFinite(value)) {
      return MISSING;
    }
    if (value == 0.0) {
      return "0";
    }
    double abs = Math.abs(value);
    if (abs < SMALL || abs >= LARGE) {
      return String.format(Locale.ROOT, "%." + (digits - 1) + "e", value);
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits,
        RoundingMode.HALF_EVEN));
    return rounded.stripTrailingZeros().toPlainString();
  }

  /**
   * "mean ± half-width": the half-width to two significant digits and the mean to the same
   * decimals, as measurements are reported ("123.5 ± 2.3", "1200 ± 340"). A mean without a
   * finite half-width (one replication) is "mean ± –"; a missing mean is "–".
   */
  public static String withHalfWidth(double mean, double halfWidth) {
    if (!Double.isFinite(mean)) {
      return MISSING;
    }
    if (!Double.isFinite(halfWidth)) {
      return number(mean) + " \u00b1 " + MISSING;
    }
    double half = Math.abs(halfWidth);
    if (half == 0.0) {
      return number(mean) + " \u00b1 0";
    }
    // StrictMath: the same decimals on every JVM and CPU.
    int decimals = 1 - (int) Math.floor(StrictMath.log10(half));
    decimals = Math.min(decimals, MAX_DECIMALS);
    return fixed(mean, decimals) + " \u00b1 " + fixed(half, decimals);
  }

  /** {@code value} rounded to {@code decimals} (negative: to tens, hundreds, ...). */
  private static String fixed(double value, int decimals) {
    BigDecimal d = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN);
    if (decimals < 0) {
      d = d.setScale(0, RoundingMode.UNNECESSARY);
    }
    return d.toPlainString(); // BigDecimal has no negative zero
  }
}
