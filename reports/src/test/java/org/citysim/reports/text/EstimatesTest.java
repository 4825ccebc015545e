package org.citysim.reports.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class EstimatesTest {
  @Test
  void number_fourSignificantDigitsWithoutTrailingZeros() {
    assertEquals("12.35", Estimates.number(12.345678));
    assertEquals("1235000", Estimates.number(1234567.0));
    assertEquals("0.5", Estimates.number(0.5));
    assertEquals("-0.01", Estimates.number(-0.01));
    assertEquals("0", Estimates.number(-0.0));
    assertEquals("1.235e-05", Estimates.number(1.2345e-5));
    assertEquals("2.000e+09", Estimates.number(2e9));
    assertEquals("123.457", Estimates.number(123.4567, 6));
  }

  @Test
  void number_undefinedIsADash() {
    assertEquals("\u2013", Estimates.number(Double.NaN));
    assertEquals("\u2013", Estimates.number(Double.POSITIVE_INFINITY));
  }

  @Test
  void withHalfWidth_roundsTheMeanToTheHalfWidthsSecondDigit() {
    assertEquals("123.5 \u00b1 2.3", Estimates.withHalfWidth(123.4567, 2.345));
    assertEquals("35.0 \u00b1 1.2", Estimates.withHalfWidth(35, 1.25)); // half-even
    assertEquals("123500 \u00b1 2300", Estimates.withHalfWidth(123456, 2345));
    assertEquals("0.04213 \u00b1 0.00051", Estimates.withHalfWidth(0.042134, 0.000512));
    assertEquals("0.0 \u00b1 1.5", Estimates.withHalfWidth(-0.01, 1.5));
    assertEquals("7 \u00b1 0", Estimates.withHalfWidth(7, 0));
  }

  @Test
  void withHalfWidth_withoutIntervalOrMean_showsDashes() {
    assertEquals("45 \u00b1 \u2013", Estimates.withHalfWidth(45, Double.NaN));
    assertEquals("\u2013", Estimates.withHalfWidth(Double.NaN, 1));
  }

  @Test
  void ignoresDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("2.5", Estimates.number(2.5));
      assertEquals("1.235e-05", Estimates.number(1.2345e-5));
      assertEquals("2.50 \u00b1 0.12", Estimates.withHalfWidth(2.5, 0.125)); // half-even
    } finally {
      Locale.setDefault(before);
    }
  }
}
