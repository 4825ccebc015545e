package org.citysim.sim.emission;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmissionModelTest {
  private final EmissionModel m = EmissionModel.defaults();
  private final EmissionFactors f = m.factors();
  private static final double V50 = 50 / 3.6;

  @Test
  void waiting60sLonger_emitsExactly60TimesTheIdleRateMore() {
    for (EmissionClass c : EmissionClass.values()) {
      double ff = m.cruiseTime(c, 500, V50);
      double[] a = m.emissions(c, 500, V50, ff + 10);
      double[] b = m.emissions(c, 500, V50, ff + 70);
      for (Pollutant p : Pollutant.values()) {
        assertEquals(60 * f.idle(c, p), b[p.ordinal()] - a[p.ordinal()], 1e-9,
            c.id() + " " + p.label());
      }
    }
  }

  @Test
  void freeFlow_isLengthTimesFactors() {
    double[] g = m.emissions(EmissionClass.PETROL_CAR, 1000, V50, 72);
    assertEquals(f.hot(EmissionClass.PETROL_CAR, Pollutant.CO2, 50),
        g[Pollutant.CO2.ordinal()], 1e-9);
    assertEquals(f.hot(EmissionClass.PETROL_CAR, Pollutant.PM25, 50)
        + f.nonExhaustPm25(EmissionClass.PETROL_CAR), g[Pollutant.PM25.ordinal()], 1e-12);
  }

  @Test
  void fasterThanFreeFlow_countsNoNegativeIdling() {
    assertArrayEquals(m.emissions(EmissionClass.DIESEL_CAR, 1000, V50, 72),
        m.emissions(EmissionClass.DIESEL_CAR, 1000, V50, 10), 1e-12);
  }

  @Test
  void zeroLength_emitsOnlyIdling_andZeroTimeZeroLengthNothing() {
    double[] g = m.emissions(EmissionClass.TRUCK, 0, V50, 30);
    for (Pollutant p : Pollutant.values()) {
      assertEquals(30 * f.idle(EmissionClass.TRUCK, p), g[p.ordinal()], 1e-12);
    }
    assertArrayEquals(new double[Pollutant.values().length],
        m.emissions(EmissionClass.TRUCK, 0, V50, 0));
    assertThrows(IllegalArgumentException.class,
        () -> m.emissions(EmissionClass.TRUCK, -1, V50, 0));
    assertThrows(IllegalArgumentException.class,
        () -> m.emissions(EmissionClass.TRUCK, 10, 0, 0));
  }

  @Test
  void heavyVehicles_cruiseAtMostTheirMaximumSpeed() {
    double motorway = 120 / 3.6;
    assertEquals(90 / 3.6, m.cruiseSpeed(EmissionClass.TRUCK, motorway), 1e-12);
    assertEquals(80 / 3.6, m.cruiseSpeed(EmissionClass.BUS, motorway), 1e-12);
    assertEquals(motorway, m.cruiseSpeed(EmissionClass.PETROL_CAR, motorway), 1e-12);
    double[] g = m.emissions(EmissionClass.TRUCK, 1000, motorway, 1000 / motorway);
    assertEquals(f.hot(EmissionClass.TRUCK, Pollutant.CO2, 90), g[Pollutant.CO2.ordinal()], 1e-9);
  }

  @Test
  void stopGoAt24point8kmh_matchesSumoHbefa3CycleWithin10Percent() {
    // 1 km at 50 km/h plus queueing until the mean speed is 24.8 km/h; the HBEFA3 stop-go cycle
    // of domain-models.md section 3 gives 325 g/km CO2 and 0.124 g/km NOx.
    double[] g = m.emissions(EmissionClass.PETROL_CAR, 1000, V50, 1000 / (24.8 / 3.6));
    assertEquals(325, g[Pollutant.CO2.ordinal()], 32.5);
    assertEquals(0.124, g[Pollutant.NOX.ordinal()], 0.0124);
  }

  @Test
  void partial_countsDrivenShareThenQueue() {
    double ff = 1000 / V50;
    double[] half = new double[4];
    m.addPartial(EmissionClass.PETROL_CAR, 1000, V50, ff / 2, half);
    double[] full = m.emissions(EmissionClass.PETROL_CAR, 1000, V50, ff);
    assertEquals(full[0] / 2, half[0], 1e-9);
    double[] late = new double[4];
    m.addPartial(EmissionClass.PETROL_CAR, 1000, V50, ff + 20, late);
    assertArrayEquals(m.emissions(EmissionClass.PETROL_CAR, 1000, V50, ff + 20), late, 1e-9);
    assertTrue(late[0] > full[0]);
  }
}
