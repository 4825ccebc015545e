package org.citysim.reports.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DecimalsAndClockTest {
  @Test
  void three_roundsToThreeDecimalsWithDot() {
    assertEquals("12.346", Decimals.three(12.3456));
    assertEquals("0.000", Decimals.three(0.0));
    assertEquals("0.000", Decimals.three(-0.0001));
    assertEquals("-1.500", Decimals.three(-1.5));
    assertEquals("0.050", Decimals.three(0.05));
    assertEquals("", Decimals.three(Double.NaN));
    assertEquals("", Decimals.three(Double.NEGATIVE_INFINITY));
    assertEquals("1000000000000.000", Decimals.three(1e12));
  }

  @Test
  void three_ignoresDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("2.500", Decimals.three(2.5));
      assertEquals("1234567890123.500", Decimals.three(1234567890123.5));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void plain_formatsKpiValuesForPeople() {
    assertEquals("3", Decimals.plain(3L));
    assertEquals("412.5", Decimals.plain(412.5));
    assertEquals("3000000", Decimals.plain(3.0e6));
    assertEquals("0", Decimals.plain(-0.0));
    assertEquals("n/a", Decimals.plain(Double.NaN));
    assertEquals("n/a", Decimals.plain(null));
  }

  @Test
  void hhmm_formatsClockTimes() {
    assertEquals("07:30", Clock.hhmm(27000));
    assertEquals("00:00", Clock.hhmm(0));
    assertEquals("07:30:15", Clock.hhmm(27015));
    assertEquals("25:00", Clock.hhmm(90000));
    assertEquals("-00:30", Clock.hhmm(-1800));
    assertEquals("--:--", Clock.hhmm(Double.NaN));
  }
}
