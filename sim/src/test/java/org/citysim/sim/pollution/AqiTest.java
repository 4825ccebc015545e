package org.citysim.sim.pollution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AqiTest {
  @Test
  void pm25_breakpointsGiveTheirIndices() {
    double[] c = {0, 9.0, 9.1, 35.4, 35.5, 55.4, 55.5, 125.4, 125.5, 225.4, 225.5, 325.4};
    int[] want = {0, 50, 51, 100, 101, 150, 151, 200, 201, 300, 301, 500};
    for (int i = 0; i < c.length; i++) {
      assertEquals(want[i], Aqi.pm25(c[i]).aqi(), "PM2.5 " + c[i]);
    }
  }

  @Test
  void pm25_between_isTheLinearFormulaRounded() {
    // (100-51)/(35.4-9.1) * (12.0-9.1) + 51 = 56.40
    assertEquals(56, Aqi.pm25(12.0).aqi());
    // (200-151)/(125.4-55.5) * (100-55.5) + 151 = 182.19
    assertEquals(182, Aqi.pm25(100.0).aqi());
    assertEquals(AqiCategory.UNHEALTHY, Aqi.pm25(100.0).category());
    // (50-0)/(9.0-0) * 4.5 = 25
    assertEquals(25, Aqi.pm25(4.5).aqi());
  }

  @Test
  void pm25_isTruncatedToATenth() {
    assertEquals(12.0, Aqi.pm25(12.09).concentration(), 1e-12);
    assertEquals(56, Aqi.pm25(12.09).aqi());
    assertEquals(100, Aqi.pm25(35.49).aqi()); // not 101: 35.49 truncates to 35.4
    assertEquals(50, Aqi.pm25(9.09).aqi());
    assertEquals(AqiCategory.GOOD, Aqi.pm25(9.09).category());
  }

  @Test
  void no2_breakpointsBetweenAndTruncation() {
    double[] c = {0, 53, 54, 100, 101, 360, 361, 649, 650, 1249, 1250, 2049};
    int[] want = {0, 50, 51, 100, 101, 150, 151, 200, 201, 300, 301, 500};
    for (int i = 0; i < c.length; i++) {
      assertEquals(want[i], Aqi.no2Ppb(c[i]).aqi(), "NO2 " + c[i]);
    }
    // (100-51)/(100-54) * (75-54) + 51 = 73.37
    assertEquals(73, Aqi.no2Ppb(75).aqi());
    assertEquals(73, Aqi.no2Ppb(75.9).aqi());
    // (150-101)/(360-101) * (200-101) + 101 = 119.73
    assertEquals(120, Aqi.no2Ppb(200).aqi());
    assertEquals(100, Aqi.no2(188.0).aqi()); // 188 ug/m3 = 100 ppb
    assertEquals(53, Aqi.no2Ppb(53.99).concentration());
  }

  @Test
  void aboveTheTop_isCappedAt500AndSaysSo() {
    Aqi.Value v = Aqi.pm25(400);
    assertEquals(500, v.aqi());
    assertTrue(v.capped());
    assertEquals(AqiCategory.HAZARDOUS, v.category());
    assertTrue(Aqi.no2Ppb(2050).capped());
    assertFalse(Aqi.no2Ppb(2049).capped());
    assertFalse(Aqi.pm25(325.49).capped());
  }

  @Test
  void categories_haveTheStandardNamesAndColours() {
    assertEquals("Unhealthy for Sensitive Groups",
        AqiCategory.UNHEALTHY_FOR_SENSITIVE_GROUPS.label());
    assertEquals("#00E400", AqiCategory.GOOD.hex());
    assertEquals("#FF7E00", AqiCategory.of(101).hex());
    assertEquals("#7E0023", AqiCategory.of(500).hex());
    assertEquals(AqiCategory.MODERATE, AqiCategory.of(51));
  }

  @Test
  void badInput_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> Aqi.pm25(-0.1));
    assertThrows(IllegalArgumentException.class, () -> Aqi.no2(Double.NaN));
  }

  @Test
  void no2FromNox_addsTheFractionToTheBackground() {
    NitrogenDioxide n = new NitrogenDioxide(0.3, 20);
    assertEquals(20 + 0.3 * 100, n.fromNoxIncrement(100), 1e-12);
    assertEquals(50 / 1.88, n.ppbFromNoxIncrement(100), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> new NitrogenDioxide(1.2, 20));
  }
}
