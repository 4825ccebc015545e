package org.citysim.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class CongestionPaletteTest {
  private final CongestionPalette p = new CongestionPalette();

  @Test
  void bucket_clampsAndSeparatesNoData() {
    assertEquals(CongestionPalette.NO_DATA, p.bucket(Double.NaN));
    assertEquals(1, p.bucket(0.7));
    assertEquals(1, p.bucket(1.0));
    assertEquals(11, p.bucket(2.0));
    assertEquals(CongestionPalette.STEPS, p.bucket(3.0));
    assertEquals(CongestionPalette.STEPS, p.bucket(Double.POSITIVE_INFINITY));
  }

  @Test
  void color_goesFromGreenViaAmberToRed() {
    Color free = p.color(p.bucket(1.0));
    Color amber = p.color(p.bucket(2.0));
    Color red = p.color(p.bucket(4.0));
    assertTrue(free.getGreen() > free.getRed(), "free flow is green");
    assertTrue(amber.getRed() > 200 && amber.getGreen() > 120, "2 is amber");
    assertTrue(red.getRed() > 180 && red.getGreen() < 40, "3+ is red");
    assertEquals(CongestionPalette.GREY, p.color(p.bucket(Double.NaN)));
  }

  @Test
  void hourOfDayFormat_printsClockTime() {
    assertEquals("07:30", new HourOfDayFormat().format(7.5));
    assertEquals("00:15", new HourOfDayFormat().format(0.25));
  }
}
