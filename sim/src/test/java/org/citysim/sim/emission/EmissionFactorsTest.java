package org.citysim.sim.emission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmissionFactorsTest {
  private final EmissionFactors f = EmissionFactors.defaults();

  /** Speed [km/h] of the lowest CO2 of class c, scanned in 1 km/h steps. */
  private double minimumCo2Speed(EmissionClass c) {
    double best = Double.MAX_VALUE;
    double at = -1;
    for (int v = 10; v <= 130; v++) {
      double ef = f.hot(c, Pollutant.CO2, v);
      if (ef < best) {
        best = ef;
        at = v;
      }
    }
    return at;
  }

  @Test
  void carCo2_isUShapedWithMinimumBetween50And90() {
    for (EmissionClass c : new EmissionClass[] {EmissionClass.PETROL_CAR,
        EmissionClass.DIESEL_CAR}) {
      assertTrue(f.hot(c, Pollutant.CO2, 20) > f.hot(c, Pollutant.CO2, 50), c.id());
      assertTrue(f.hot(c, Pollutant.CO2, 130) > f.hot(c, Pollutant.CO2, 90), c.id());
      double min = minimumCo2Speed(c);
      assertTrue(min > 50 && min < 90, c.id() + " minimum at " + min);
    }
  }

  @Test
  void petrolCar_matchesSumoHbefa3MagnitudesWithin5Percent() {
    // domain-models.md section 3: HBEFA3 PC_G_EU6 at constant speed, emissionsDrivingCycle.
    assertEquals(341, f.hot(EmissionClass.PETROL_CAR, Pollutant.CO2, 20), 341 * 0.05);
    assertEquals(151, f.hot(EmissionClass.PETROL_CAR, Pollutant.CO2, 50), 151 * 0.05);
    assertEquals(155, f.hot(EmissionClass.PETROL_CAR, Pollutant.CO2, 90), 155 * 0.05);
    assertEquals(0.125, f.hot(EmissionClass.PETROL_CAR, Pollutant.NOX, 20), 0.125 * 0.05);
    assertEquals(0.047, f.hot(EmissionClass.PETROL_CAR, Pollutant.NOX, 50), 0.047 * 0.05);
    assertEquals(0.0005, f.hot(EmissionClass.PETROL_CAR, Pollutant.PM25, 50), 0.0001);
  }

  @Test
  void carNox_atUrbanSpeed_isWithinTwiceTheEuro6Limit() {
    // Regulation (EC) 715/2007: Euro 6 NOx 0.060 g/km petrol, 0.080 g/km diesel.
    double petrol = f.hot(EmissionClass.PETROL_CAR, Pollutant.NOX, 50);
    double diesel = f.hot(EmissionClass.DIESEL_CAR, Pollutant.NOX, 50);
    assertTrue(petrol > 0.060 / 2 && petrol < 2 * 0.060, "petrol " + petrol);
    assertTrue(diesel > 0.080 / 2 && diesel < 2 * 0.080, "diesel " + diesel);
  }

  @Test
  void dieselNox_exceedsPetrolNox_atEverySpeed() {
    for (int v = 10; v <= 130; v += 10) {
      assertTrue(f.hot(EmissionClass.DIESEL_CAR, Pollutant.NOX, v)
          > f.hot(EmissionClass.PETROL_CAR, Pollutant.NOX, v), "at " + v);
    }
  }

  @Test
  void electricCar_hasNoExhaustButNonExhaustPm() {
    for (Pollutant p : Pollutant.values()) {
      assertEquals(0, f.hot(EmissionClass.ELECTRIC_CAR, p, 50), p.label());
      assertEquals(0, f.idle(EmissionClass.ELECTRIC_CAR, p), p.label());
    }
    double ev = f.nonExhaustPm25(EmissionClass.ELECTRIC_CAR);
    double petrol = f.nonExhaustPm25(EmissionClass.PETROL_CAR);
    assertTrue(ev > 0.8 * petrol && ev <= petrol, "ev " + ev + " petrol " + petrol);
  }

  @Test
  void nonExhaustPm_isInPublishedBands() {
    for (EmissionClass c : EmissionClass.values()) {
      double pm = f.nonExhaustPm25(c);
      if (c.isCar()) {
        assertTrue(pm >= 0.01 && pm <= 0.02, c.id() + " " + pm);
        // Non-exhaust dominates exhaust for Euro 6 cars at urban speed.
        assertTrue(pm > 5 * f.hot(c, Pollutant.PM25, 50), c.id());
      } else {
        assertTrue(pm > 3 * f.nonExhaustPm25(EmissionClass.PETROL_CAR), c.id() + " " + pm);
      }
    }
  }

  @Test
  void busAndTruck_emitMorePerKmThanCars() {
    for (EmissionClass heavy : new EmissionClass[] {EmissionClass.BUS, EmissionClass.TRUCK}) {
      for (EmissionClass car : new EmissionClass[] {EmissionClass.PETROL_CAR,
          EmissionClass.DIESEL_CAR}) {
        for (Pollutant p : Pollutant.values()) {
          for (int v : new int[] {20, 50, 80}) {
            // PM with wear: a Euro 6 diesel car's exhaust PM at 20 km/h (HBEFA3) is above a
            // Euro VI truck's, but not its exhaust and wear together.
            double extra = p == Pollutant.PM25 ? 1 : 0;
            assertTrue(f.hot(heavy, p, v) + extra * f.nonExhaustPm25(heavy)
                > f.hot(car, p, v) + extra * f.nonExhaustPm25(car),
                heavy.id() + " vs " + car.id() + " " + p.label() + " at " + v);
          }
        }
      }
    }
    // Magnitudes: heavy vehicles burn 5-10 times a car's fuel per km.
    double bus = f.hot(EmissionClass.BUS, Pollutant.CO2, 30);
    double truck = f.hot(EmissionClass.TRUCK, Pollutant.CO2, 50);
    assertTrue(bus > 900 && bus < 1500, "bus CO2 at 30 km/h " + bus);
    assertTrue(truck > 700 && truck < 1300, "truck CO2 at 50 km/h " + truck);
  }

  @Test
  void fuel_followsCo2ByCarbonBalance() {
    assertEquals(f.hot(EmissionClass.PETROL_CAR, Pollutant.CO2, 50) / 3.17,
        f.hot(EmissionClass.PETROL_CAR, Pollutant.FUEL, 50), 1e-9);
    assertEquals(f.hot(EmissionClass.TRUCK, Pollutant.CO2, 50) / 3.16,
        f.hot(EmissionClass.TRUCK, Pollutant.FUEL, 50), 1e-9);
    assertEquals(f.idle(EmissionClass.DIESEL_CAR, Pollutant.CO2) / 3.16,
        f.idle(EmissionClass.DIESEL_CAR, Pollutant.FUEL), 1e-12);
    // A petrol car at 50 km/h: about 6.5 l/100 km (0.745 kg/l), i.e. 40-60 g fuel per km.
    double fuel = f.hot(EmissionClass.PETROL_CAR, Pollutant.FUEL, 50);
    assertTrue(fuel > 40 && fuel < 60, "fuel " + fuel);
  }

  @Test
  void speed_isClampedToValidRange() {
    assertEquals(f.hot(EmissionClass.PETROL_CAR, Pollutant.CO2, 10),
        f.hot(EmissionClass.PETROL_CAR, Pollutant.CO2, 2));
    assertEquals(f.hot(EmissionClass.PETROL_CAR, Pollutant.CO2, 130),
        f.hot(EmissionClass.PETROL_CAR, Pollutant.CO2, 200));
  }

  @Test
  void idleRates_areHbefa3InterceptsAndPositive() {
    assertEquals(8273 / 3600.0, f.idle(EmissionClass.PETROL_CAR, Pollutant.CO2), 1e-12);
    for (EmissionClass c : EmissionClass.values()) {
      if (c != EmissionClass.ELECTRIC_CAR) {
        for (Pollutant p : Pollutant.values()) {
          assertTrue(f.idle(c, p) > 0, c.id() + " " + p.label());
        }
      }
    }
  }

  @Test
  void speedCurve_recastsHbefa3Exactly() {
    SpeedCurve s = SpeedCurve.fromHbefa3(8273, -401.1, 25.08, 0);
    double v = 50 / 3.6;
    double sumo = (8273 - 401.1 * v + 25.08 * v * v) / 3.6 / v;
    assertEquals(sumo, s.gramsPerKm(50), 1e-9);
  }
}
