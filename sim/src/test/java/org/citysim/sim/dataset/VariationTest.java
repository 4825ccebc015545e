package org.citysim.sim.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.citysim.sim.sensor.Weather;
import org.junit.jupiter.api.Test;

class VariationTest {
  private static final double START = 5 * 3600;
  private static final double END = 23 * 3600;

  @Test
  void sameSeedAndDay_sameDraws_otherDayOrSeed_otherDraws() {
    Variation v = Variation.defaults();
    assertEquals(v.draw(3, 7, START, END), v.draw(3, 7, START, END));
    assertNotEquals(v.draw(3, 7, START, END).seed(), v.draw(3, 8, START, END).seed());
    assertNotEquals(v.draw(3, 7, START, END).seed(), v.draw(4, 7, START, END).seed());
  }

  @Test
  void settingsDoNotMoveEachOthersDraws() {
    DayVariation all = Variation.defaults().draw(11, 2, START, END);
    DayVariation noWeather = new Variation(0.15, 1800, 0, 0).draw(11, 2, START, END);
    assertEquals(all.seed(), noWeather.seed());
    assertEquals(all.demand(), noWeather.demand());
    assertEquals(all.shift(), noWeather.shift());
  }

  @Test
  void overManyDays_demandMeanIsOne_shiftsStayInRange_weatherSharesMatch() {
    Variation v = Variation.defaults();
    int n = 4000;
    double demand = 0;
    double logSq = 0;
    int rain = 0;
    int fog = 0;
    for (int d = 0; d < n; d++) {
      DayVariation x = v.draw(1, d, START, END);
      demand += x.demand();
      logSq += Math.log(x.demand()) * Math.log(x.demand());
      assertTrue(Math.abs(x.shift()) <= 1800 && x.shift() % 60 == 0, "shift " + x.shift());
      if (x.weather() != Weather.CLEAR) {
        assertTrue(x.weatherFrom() >= START && x.weatherTo() <= END
            && x.weatherTo() > x.weatherFrom(), x.toString());
      }
      rain += x.weather() == Weather.RAIN ? 1 : 0;
      fog += x.weather() == Weather.FOG ? 1 : 0;
    }
    // Standard errors: demand mean 0.15 / sqrt(4000) = 0.0024; shares about 0.007 and 0.004.
    assertEquals(1.0, demand / n, 0.01);
    assertEquals(0.15, Math.sqrt(logSq / n), 0.01);
    assertEquals(0.25, rain / (double) n, 0.03);
    assertEquals(0.08, fog / (double) n, 0.02);
  }

  @Test
  void none_keepsDemandAndProfile() {
    DayVariation x = Variation.none().draw(5, 0, START, END);
    assertEquals(1.0, x.demand());
    assertEquals(0.0, x.shift());
    assertEquals(Weather.CLEAR, x.weather());
  }
}
