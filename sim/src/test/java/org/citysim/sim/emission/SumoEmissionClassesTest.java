package org.citysim.sim.emission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.citysim.sim.demand.VehicleType;
import org.citysim.sim.imports.sumo.SumoDemand;
import org.citysim.sim.imports.sumo.SumoRouteReader;
import org.citysim.sim.imports.sumo.SumoVehicleType;
import org.citysim.sim.random.RandomStreams;
import org.junit.jupiter.api.Test;

class SumoEmissionClassesTest {
  @Test
  void mappingTable() {
    Object[][] table = {
        {"passenger", "HBEFA3/PC_G_EU4", EmissionClass.PETROL_CAR},
        {"passenger", "HBEFA3/PC_D_EU6", EmissionClass.DIESEL_CAR},
        {"passenger", "HBEFA4/PC_petrol_Euro-6ab", EmissionClass.PETROL_CAR},
        {"passenger", "HBEFA4/PC_diesel_Euro-6d", EmissionClass.DIESEL_CAR},
        {"passenger", "PHEMlight/PC_G_EU4", EmissionClass.PETROL_CAR},
        {"passenger", "HBEFA3/zero", EmissionClass.ELECTRIC_CAR},
        {"passenger", "Energy/unknown", EmissionClass.ELECTRIC_CAR},
        {"passenger", "HBEFA4/PC_BEV", EmissionClass.ELECTRIC_CAR},
        {"evehicle", null, EmissionClass.ELECTRIC_CAR},
        {"bus", "HBEFA3/Bus", EmissionClass.BUS},
        {"bus", "HDV_6_2", EmissionClass.BUS},
        {"coach", "HBEFA3/Coach", EmissionClass.BUS},
        {"passenger", "HBEFA4/UBus_Std_gt15-18t_Euro-VI_A-C", EmissionClass.BUS},
        {"truck", "HBEFA3/HDV", EmissionClass.TRUCK},
        {"trailer", null, EmissionClass.TRUCK},
        {"delivery", "HBEFA3/LDV_D_EU6", EmissionClass.TRUCK},
        {"passenger", "HBEFA3/HDV_D_EU5", EmissionClass.TRUCK},
        {"passenger", "HBEFA4/RT_le7.5t_Euro-VI_A-C", EmissionClass.TRUCK},
        {"motorcycle", null, EmissionClass.PETROL_CAR},
        {"passenger", "P_7_7", null},
        {"ignoring", "P_7_7", null},
        {"passenger", null, null},
        {"passenger", "HBEFA3/PC", null},
    };
    for (Object[] row : table) {
      assertEquals(row[2], SumoEmissionClasses.map((String) row[0], (String) row[1]),
          row[0] + " / " + row[1]);
    }
    assertTrue(SumoEmissionClasses.isCarLike("ignoring"));
    assertTrue(SumoEmissionClasses.isCarLike(null));
    assertTrue(!SumoEmissionClasses.isCarLike("bus"));
  }

  @Test
  void pasubioVTypes_importWithClasses() throws Exception {
    String home = System.getenv("SUMO_HOME");
    Path dir = Path.of(home == null || home.isBlank() ? "/usr/share/sumo" : home,
        "tools/sumolib/scenario/scenarios/RealWorld/pasubio");
    Path vtypes = dir.resolve("pasubio_vtypes.add.xml");
    assertTrue(Files.isRegularFile(vtypes), "SUMO example missing: " + vtypes
        + " (install sumo-tools or set SUMO_HOME)");
    SumoDemand d = new SumoRouteReader(id -> true, new RandomStreams(1, 0).stream("sumo-flows"))
        .read(List.of(dir.resolve("pasubio.rou.xml"), vtypes), 0, 1e9);
    SumoVehicleType bus = d.types().get("bus").get(0);
    assertEquals("HDV_6_2", bus.emissionClass());
    assertEquals(EmissionClass.BUS, SumoEmissionClasses.map(bus.vClass(), bus.emissionClass()));
    for (String dist : List.of("private", "ignoring")) {
      for (SumoVehicleType t : d.types().get(dist)) {
        assertEquals("P_7_7", t.emissionClass(), t.id());
        // HBEFA 2.1 cluster names carry no fuel: a car of unknown fuel, drawn from the mix.
        assertNull(SumoEmissionClasses.map(t.vClass(), t.emissionClass()), t.id());
        assertTrue(SumoEmissionClasses.isCarLike(t.vClass()), t.id());
      }
    }
    assertTrue(d.warnings().stream().noneMatch(w -> w.contains("emissionClass")),
        d.warnings().toString());
    // pasubio.rou.xml's 8664 vehicles are all of the car distributions (its bus type is used by
    // no vehicle there): every one is drawn among the car classes, none is a bus or truck.
    FleetDraw draw = new FleetDraw(new RandomStreams(1, 0).stream(FleetDraw.STREAM),
        FleetMix.defaults());
    Map<EmissionClass, Integer> counts = new EnumMap<>(EmissionClass.class);
    for (int i = 0; i < d.vehicles().size(); i++) {
      SumoVehicleType t = d.types().get(d.vehicles().get(i).type()).get(0);
      EmissionClass c = draw.classOf(i, new VehicleType(t.id(), t.vClass(), t.emissionClass()));
      counts.merge(c, 1, Integer::sum);
    }
    assertEquals(8664, d.vehicles().size());
    assertNull(counts.get(EmissionClass.BUS));
    assertNull(counts.get(EmissionClass.TRUCK));
    FleetMix mix = FleetMix.defaults();
    double cars = mix.petrolCar() + mix.dieselCar() + mix.electricCar();
    assertEquals(mix.dieselCar() / cars, counts.get(EmissionClass.DIESEL_CAR) / 8664.0, 0.02);
  }
}
