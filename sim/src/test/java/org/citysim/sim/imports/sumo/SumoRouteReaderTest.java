package org.citysim.sim.imports.sumo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.citysim.sim.random.RandomStreams;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written route files: flows, trips, routes by id, window, every error, XXE. */
class SumoRouteReaderTest {
  private static final Set<String> EDGES = Set.of("a", "b", "c", "d");

  @TempDir Path dir;

  private Path file(String name, String body) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, body);
    return p;
  }

  private static SumoRouteReader reader(long seed) {
    return new SumoRouteReader(EDGES::contains, new RandomStreams(seed, 0).stream("sumo-flows"));
  }

  private SumoDemand read(String body) throws Exception {
    return reader(1).read(List.of(file("t.rou.xml", body)), 0, 1e6);
  }

  private ScenarioException fail(String body) throws Exception {
    Path p = file("bad.rou.xml", body);
    return assertThrows(ScenarioException.class, () -> reader(1).read(List.of(p), 0, 1e6));
  }

  private static double[] departs(SumoDemand d, String prefix) {
    return d.vehicles().stream().filter(v -> v.id().startsWith(prefix))
        .mapToDouble(SumoDemandVehicle::depart).toArray();
  }

  @Test
  void flows_spacedAsDuarouterDoes() throws Exception {
    // expected departures as written by duarouter 1.15 for the same flows
    SumoDemand d = read("""
        <routes>
          <route id="r" edges="a b"/>
          <flow id="n" route="r" begin="0" end="100" number="10"/>
          <flow id="n3" route="r" begin="5" end="12" number="3"/>
          <flow id="v" route="r" begin="0" end="10" vehsPerHour="1300"/>
          <flow id="p" route="r" begin="3" end="20" period="7"/>
          <flow id="pn" route="r" begin="3" period="2.5" number="4"/>
        </routes>""");
    assertEquals(10, departs(d, "n.").length);
    assertEquals(0, departs(d, "n.")[0]);
    assertEquals(90, departs(d, "n.")[9]);
    assertArrayEquals(new double[] {5, 7.333, 9.666}, departs(d, "n3."));
    assertArrayEquals(new double[] {0, 2.769, 5.538, 8.307}, departs(d, "v."));
    assertArrayEquals(new double[] {3, 10, 17}, departs(d, "p."));
    assertArrayEquals(new double[] {3, 5.5, 8, 10.5}, departs(d, "pn."));
    assertEquals("n.9", d.vehicles().get(d.vehicles().size() - 1).id());
  }

  private static void assertArrayEquals(double[] expected, double[] actual) {
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, 1e-9);
  }

  @Test
  void probabilityFlow_sameSeedSameDepartures() throws Exception {
    Path p = file("p.rou.xml", """
        <routes><flow id="f" from="a" to="d" begin="0" end="1000" probability="0.3"/></routes>""");
    SumoDemand one = reader(7).read(List.of(p), 0, 1e6);
    SumoDemand two = reader(7).read(List.of(p), 0, 1e6);
    SumoDemand other = reader(8).read(List.of(p), 0, 1e6);
    assertEquals(one.vehicles(), two.vehicles());
    assertNotEquals(one.vehicles(), other.vehicles());
    assertEquals(300, one.vehicles().size(), 60);
    for (SumoDemandVehicle v : one.vehicles()) {
      assertEquals(Math.rint(v.depart()), v.depart());
      assertEquals("a", v.fromEdge());
      assertEquals("d", v.toEdge());
    }
  }

  @Test
  void tripAndRouteById_andNestedRoute() throws Exception {
    SumoDemand d = read("""
        <routes>
          <vehicle id="late" depart="9" route="r"/>
          <trip id="t" depart="5" from="a" to="c" via="b" departLane="best"/>
          <route id="r" edges="a b c"/>
          <vehicle id="n" depart="5" type="car"><route edges="d c"/><stop lane="c_0"/></vehicle>
          <vType id="car" length="4" maxSpeed="30"/>
        </routes>""");
    assertEquals(List.of("t", "n", "late"), d.vehicles().stream().map(SumoDemandVehicle::id).toList());
    assertEquals("a", d.vehicles().get(0).fromEdge());
    assertEquals(List.of("d", "c"), d.vehicles().get(1).edges());
    assertEquals(List.of("a", "b", "c"), d.vehicles().get(2).edges());
    assertEquals("DEFAULT_VEHTYPE", d.vehicles().get(0).type());
    SumoVehicleType car = d.types().get("car").get(0);
    assertEquals(4, car.length());
    assertEquals(2.5, car.minGap());
    SumoVehicleType def = d.types().get("DEFAULT_VEHTYPE").get(0);
    assertEquals(5, def.length());
    assertEquals(55.55, def.maxSpeed(), 0.01);
    String w = String.join("\n", d.warnings());
    assertTrue(w.contains("'via'"), w);
    assertTrue(w.contains("departLane"), w);
    assertTrue(w.contains("<stop>"), w);
  }

  @Test
  void window_dropsAndCountsOutsideVehicles() throws Exception {
    Path p = file("w.rou.xml", """
        <routes>
          <vehicle id="x" depart="5" edges="a"/>
          <vehicle id="y" depart="50" edges="a"/>
          <vehicle id="z" depart="500" edges="a"/>
          <flow id="f" begin="0" end="100" period="10" from="a" to="b"/>
        </routes>""");
    SumoDemand d = reader(1).read(List.of(p), 10, 60);
    // flow members keep their SUMO names; y precedes f.5 (same depart) as it comes first
    assertEquals(List.of("f.1", "f.2", "f.3", "f.4", "y", "f.5", "f.6"),
        d.vehicles().stream().map(SumoDemandVehicle::id).toList());
    assertTrue(d.warnings().stream().anyMatch(s -> s.contains("dropped 6 vehicles")),
        d.warnings().toString());
  }

  @Test
  void errors_eachWithFileAndLine() throws Exception {
    ScenarioException e = fail("""
        <routes>
          <vehicle id="a1" depart="0" edges="a x"/>
          <vehicle id="a2" depart="0" route="nope"/>
          <vehicle depart="0" edges="a"/>
          <vehicle id="a4" edges="a"/>
          <trip id="a5" depart="0" from="a"/>
          <vehicle id="a6" depart="soon" edges="a"/>
          <flow id="a7" begin="0" end="10" from="a" to="b"/>
          <flow id="a8" begin="0" end="10" period="1" vehsPerHour="5" from="a" to="b"/>
          <vehicle id="a9" depart="0" edges="a"/>
          <vehicle id="a9" depart="1" edges="a"/>
          <vehicle id="a11" depart="triggered" edges="a"/>
          <vehicle id="a12" depart="0" edges="a" type="ghost"/>
          <vType id="t" length="long"/>
        </routes>""");
    List<Problem> ps = e.problems();
    assertLine(ps, 2, "unknown edge x");
    assertLine(ps, 3, "unknown route id 'nope'");
    assertLine(ps, 4, "missing required attribute 'id'");
    assertLine(ps, 5, "missing required attribute 'depart'");
    assertLine(ps, 6, "missing required attribute 'to'");
    assertLine(ps, 7, "not a number");
    assertLine(ps, 8, "exactly one of");
    assertLine(ps, 9, "exactly one of");
    assertLine(ps, 11, "duplicate vehicle id 'a9'");
    assertLine(ps, 12, "not supported");
    assertLine(ps, 13, "unknown vType 'ghost'");
    assertLine(ps, 14, "not a number");
    assertTrue(ps.stream().allMatch(p -> p.file() == null || p.file().endsWith("bad.rou.xml")));
  }

  private static void assertLine(List<Problem> ps, int line, String text) {
    assertTrue(ps.stream().anyMatch(p -> p.line() == line && p.message().contains(text)),
        "no problem '" + text + "' at line " + line + " in:\n"
            + String.join("\n", ps.stream().map(Problem::format).toList()));
  }

  @Test
  void malformedXml_andMissingFile() throws Exception {
    ScenarioException e = fail("<routes>\n<vehicle id=\"a\" depart=\"0\">\n</routes>\n");
    assertEquals(3, e.problems().get(0).line(), e.getMessage());
    assertTrue(e.getMessage().contains("malformed XML"), e.getMessage());
    Path missing = dir.resolve("nothere.rou.xml");
    ScenarioException m = assertThrows(ScenarioException.class,
        () -> reader(1).read(List.of(missing), 0, 10));
    assertTrue(m.getMessage().contains("file not found"), m.getMessage());
    assertEquals(missing, m.problems().get(0).file());
  }

  @Test
  void problems_inReadingOrder_althoughEdgesAreCheckedAfterParsing() throws Exception {
    Path first = file("1.rou.xml", """
        <routes>
          <vehicle id="x1" depart="0" edges="a zz"/>
          <vehicle id="x2" depart="zero" edges="a"/>
          <trip id="x3" depart="0" from="a" to="yy"/>
        </routes>""");
    Path second = file("2.rou.xml", "<routes>\n<vehicle id=\"y\" depart=\"0\" edges=\"ww\"/>\n");
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> reader(1).read(List.of(first, second), 0, 1e6));
    List<String> where = e.problems().stream()
        .map(p -> p.file().getFileName() + ":" + p.line() + " " + p.field()).toList();
    assertEquals(List.of("1.rou.xml:2 vehicle.route.edges", "1.rou.xml:3 vehicle.depart",
        "1.rou.xml:4 trip.to", "2.rou.xml:2 vehicle.route.edges", "2.rou.xml:3 "), where,
        e.getMessage());
    assertTrue(e.problems().get(0).message().equals("unknown edge zz"), e.getMessage());
  }

  @Test
  void parseThenResolve_givesWhatReadGives() throws Exception {
    String body = """
        <routes>
          <vType id="t" length="7"/>
          <flow id="f" begin="0" end="100" probability="0.3" from="a" to="b" type="t"/>
          <vehicle id="v" depart="3" edges="a b c"/>
        </routes>""";
    Path p = file("same.rou.xml", body);
    SumoDemand read = reader(5).read(List.of(p), 0, 1e6);
    SumoDemand resolved = SumoRouteReader.parse(List.of(p), 0, 1e6,
        new RandomStreams(5, 0).stream("sumo-flows")).resolve(EDGES::contains);
    assertEquals(read.vehicles(), resolved.vehicles());
    assertEquals(read.warnings(), resolved.warnings());
    assertTrue(read.vehicles().size() > 5, "the flow should give vehicles");
  }

  @Test
  void manyProblems_cappedWithCount() throws Exception {
    StringBuilder sb = new StringBuilder("<routes>\n");
    for (int i = 0; i < 70; i++) {
      sb.append("<vehicle id=\"v").append(i).append("\" depart=\"0\" edges=\"zz\"/>\n");
    }
    ScenarioException e = fail(sb.append("</routes>").toString());
    assertEquals(SumoReadLog.MAX_PROBLEMS + 1, e.problems().size());
    assertTrue(e.getMessage().contains("and 20 more problems"), e.getMessage());
  }

  @Test
  void externalEntity_isRefusedWithoutLeaking() throws Exception {
    String body = """
        <?xml version="1.0"?>
        <!DOCTYPE routes [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <routes><vehicle id="&xxe;" depart="0" edges="a"/></routes>""";
    Path p = file("xxe.rou.xml", body);
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> reader(1).read(List.of(p), 0, 10));
    assertFalse(e.getMessage().contains("root:"), "leaked /etc/passwd: " + e.getMessage());
    assertEquals(3, e.problems().get(0).line(), e.getMessage());
  }
}
