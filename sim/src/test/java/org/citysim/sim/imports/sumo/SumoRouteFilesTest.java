package org.citysim.sim.imports.sumo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citysim.sim.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** Reads route files shipped with SUMO (SUMO_HOME, else /usr/share/sumo); fails if missing. */
class SumoRouteFilesTest {
  private static final Path SUMO_HOME = Path.of(
      System.getenv("SUMO_HOME") != null ? System.getenv("SUMO_HOME") : "/usr/share/sumo");

  static Path sumoFile(String relative) {
    Path p = SUMO_HOME.resolve(relative);
    assertTrue(Files.isRegularFile(p), "SUMO file missing: " + p + " (install SUMO, e.g. apt-get "
        + "install sumo sumo-tools, or set SUMO_HOME)");
    return p;
  }

  private static SumoRouteReader reader() {
    return new SumoRouteReader(id -> !id.startsWith(":"),
        new RandomStreams(1, 0).stream("sumo-flows"));
  }

  private static int count(Path p, String regex) throws IOException {
    Matcher m = Pattern.compile(regex).matcher(Files.readString(p));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void pasubio_readsEveryVehicleWithResolvedTypes() throws Exception {
    String dir = "tools/sumolib/scenario/scenarios/RealWorld/pasubio/";
    Path rou = sumoFile(dir + "pasubio.rou.xml");
    Path vtypes = sumoFile(dir + "pasubio_vtypes.add.xml");
    int expected = count(rou, "<vehicle ");
    assertEquals(8664, expected, "pasubio.rou.xml changed");

    SumoDemand d = reader().read(List.of(rou, vtypes), 0, 1e9);

    assertEquals(expected, d.vehicles().size());
    assertEquals(0.0, d.vehicles().get(0).depart());
    for (SumoDemandVehicle v : d.vehicles()) {
      assertNotNull(v.edges(), v.id());
      assertFalse(v.edges().isEmpty(), v.id());
      assertTrue(d.types().containsKey(v.type()), v.type());
    }
    List<SumoVehicleType> priv = d.types().get("private");
    assertEquals(6, priv.size());
    double[] p = priv.stream().mapToDouble(SumoVehicleType::probability).toArray();
    assertEquals(List.of(.4, .2, .2, .2, .1, .05),
        java.util.Arrays.stream(p).boxed().toList());
    assertEquals("passenger1", priv.get(0).id());
    assertEquals(70, priv.get(0).maxSpeed());
    assertEquals(1.5, priv.get(0).minGap());
    assertEquals(12, d.types().get("bus").get(0).length());
    assertEquals(1.0, d.types().get("bus").get(0).probability());
    assertTrue(d.warnings().stream().anyMatch(w -> w.contains("departLane")
        && w.contains(expected + " times")), d.warnings().toString());
  }

  @Test
  void cross_expandsPeriodFlowsLikeSumo() throws Exception {
    Path rou = sumoFile("tools/game/cross/cross.rou.xml");
    assertEquals(16, count(rou, "<flow "), "cross.rou.xml changed");
    assertEquals(0, count(rou, "<vehicle "), "cross.rou.xml changed");

    SumoDemand d = reader().read(List.of(rou), 0, 1e9);

    // ceil((end - begin) / period) per flow; duarouter 1.15 writes the same 50828 vehicles.
    long expected = 0;
    Matcher m = Pattern.compile("begin=\"(\\d+)\" end=\"(\\d+)\" period=\"(\\d+)\"")
        .matcher(Files.readString(rou));
    while (m.find()) {
      expected += (long) Math.ceil((Double.parseDouble(m.group(2)) - Double.parseDouble(m.group(1)))
          / Double.parseDouble(m.group(3)));
    }
    assertEquals(50828, expected);
    assertEquals(expected, d.vehicles().size());
    SumoDemandVehicle last = d.vehicles().stream().filter(v -> v.id().startsWith("3_right."))
        .reduce((a, b) -> b).orElseThrow();
    assertEquals("3_right.2999", last.id());
    assertEquals(89990, last.depart());
    assertEquals(List.of("1fi", "1si", "3o", "3fo"), d.vehicles().get(0).edges());
    // the file's own DEFAULT_VEHTYPE distribution replaces SUMO's default type
    assertEquals(3, d.types().get("DEFAULT_VEHTYPE").size());
    assertEquals(20, d.types().get("DEFAULT_VEHTYPE").get(0).probability());
  }

  @Test
  void grid6_expandsProbabilityFlowsAsTrips() throws Exception {
    Path rou = sumoFile("tools/game/grid6/grid6.rou.xml");
    assertEquals(12, count(rou, "<flow "), "grid6.rou.xml changed");

    SumoDemand d = reader().read(List.of(rou), 0, 1e9);

    // 4 flows at 0.125/s over 90000 s, 8 at 0.2/s over ~89900 s: about 45000 + 143700
    double mean = 4 * 0.125 * 90000 + 4 * 0.2 * 89940 + 4 * 0.2 * 89840;
    assertEquals(mean, d.vehicles().size(), 5 * Math.sqrt(mean));
    SumoDemandVehicle v = d.vehicles().get(0);
    assertNull(v.edges());
    assertTrue(v.isTrip());
    assertEquals(1, d.types().get("DEFAULT_VEHTYPE").size());
    assertEquals(5, d.types().get("DEFAULT_VEHTYPE").get(0).length());
    SumoDemand again = reader().read(List.of(rou), 0, 1e9);
    assertEquals(d.vehicles(), again.vehicles());
  }
}
