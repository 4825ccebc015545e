package org.citysim.sim.emission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.citysim.sim.demand.VehicleType;
import org.citysim.sim.random.RandomStreams;
import org.junit.jupiter.api.Test;

class FleetMixTest {
  private static FleetDraw draw(long seed, FleetMix mix) {
    return new FleetDraw(new RandomStreams(seed, 0).stream(FleetDraw.STREAM), mix);
  }

  @Test
  void invalidShares_areRejected() {
    assertThrows(IllegalArgumentException.class, () -> new FleetMix(0.5, 0.5, 0.1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new FleetMix(-0.1, 0.6, 0.5, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new FleetMix(1.1, 0, 0, 0, -0.1));
    assertThrows(IllegalArgumentException.class,
        () -> new FleetMix(Double.NaN, 0.5, 0.5, 0, 0));
    new FleetMix(0.3333333, 0.3333333, 0.3333334, 0, 0);
    assertEquals(1, FleetMix.defaults().petrolCar() + FleetMix.defaults().dieselCar()
        + FleetMix.defaults().electricCar() + FleetMix.defaults().bus()
        + FleetMix.defaults().truck(), 1e-12);
  }

  @Test
  void drawFrequencies_approachShares() {
    FleetMix mix = FleetMix.defaults();
    FleetDraw d = draw(7, mix);
    int n = 100_000;
    int[] counts = new int[EmissionClass.values().length];
    for (int v = 0; v < n; v++) {
      counts[d.classOf(v, null).ordinal()]++;
    }
    for (EmissionClass c : EmissionClass.values()) {
      assertEquals(mix.share(c), counts[c.ordinal()] / (double) n, 0.01, c.id());
    }
  }

  @Test
  void carDraws_stayAmongCarsInProportion() {
    FleetMix mix = FleetMix.defaults();
    FleetDraw d = draw(3, mix);
    VehicleType unknownCar = new VehicleType("passenger1", "passenger", "P_7_7");
    int n = 100_000;
    int[] counts = new int[EmissionClass.values().length];
    for (int v = 0; v < n; v++) {
      counts[d.classOf(v, unknownCar).ordinal()]++;
    }
    double cars = mix.petrolCar() + mix.dieselCar() + mix.electricCar();
    assertEquals(0, counts[EmissionClass.BUS.ordinal()] + counts[EmissionClass.TRUCK.ordinal()]);
    assertEquals(mix.petrolCar() / cars, counts[0] / (double) n, 0.01);
    assertEquals(mix.electricCar() / cars, counts[2] / (double) n, 0.01);
  }

  @Test
  void sameKey_sameClasses_otherSeed_otherClasses() {
    FleetDraw a = draw(11, FleetMix.defaults());
    FleetDraw b = draw(11, FleetMix.defaults());
    FleetDraw c = draw(12, FleetMix.defaults());
    int differ = 0;
    for (int v = 0; v < 1000; v++) {
      assertEquals(a.classOf(v, null), b.classOf(v, null));
      // Asking in another order gives the same answer: a hash, not a sequence.
      assertEquals(a.classOf(999 - v, null), b.classOf(999 - v, null));
      if (a.classOf(v, null) != c.classOf(v, null)) {
        differ++;
      }
    }
    assertTrue(differ > 100, "another seed should change many classes: " + differ);
    assertNotEquals(a.uniform(0), c.uniform(0));
  }

  @Test
  void knownTypes_overrideTheMix() {
    FleetDraw d = draw(1, new FleetMix(1, 0, 0, 0, 0));
    assertEquals(EmissionClass.BUS, d.classOf(0, new VehicleType("bus", "bus", "HDV_6_2")));
    assertEquals(EmissionClass.DIESEL_CAR,
        d.classOf(0, new VehicleType("d", "passenger", "HBEFA3/PC_D_EU6")));
    assertEquals(EmissionClass.PETROL_CAR, d.classOf(0, new VehicleType("x", "passenger", null)));
  }

  @Test
  void ids_roundTrip() {
    for (EmissionClass c : EmissionClass.values()) {
      assertEquals(c, EmissionClass.fromId(c.id()));
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EmissionClass.fromId("tram"));
    assertTrue(e.getMessage().contains("petrol-car"), e.getMessage());
  }
}
