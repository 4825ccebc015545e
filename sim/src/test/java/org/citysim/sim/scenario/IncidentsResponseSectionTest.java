package org.citysim.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.citysim.sim.scenario.IncidentsSpec.LinkRef;
import org.citysim.sim.scenario.IncidentsSpec.NeedSpec;
import org.citysim.sim.scenario.IncidentsSpec.UnitSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code incidents.response}: dispatcher, units, iterations and needs; defaults and problems. */
class IncidentsResponseSectionTest {
  @TempDir Path dir;

  static final String RESPONSE = """
      incidents:
        random:
          severities:
            - {name: minor, share: 3}
            - {name: crash, share: 1, lanesBlocked: all}
            - {name: stall, share: 1, lanesBlocked: 0}
        response:
          dispatcher: jsprit
          iterations: 32
          units:
            - {kind: police, depot: r0c0, count: 2}
            - {kind: tow, depot: r1c1}
          needs:
            - {severity: minor, units: [police, tow], priority: 2, window: 900}
      """;

  private static Problem only(List<Problem> problems) {
    assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
    return problems.get(0);
  }

  @Test
  void response_bindsWithDefaultNeedsForSeveritiesNotGiven() throws Exception {
    IncidentsSpec p = Yaml.load(dir, Yaml.GRID + RESPONSE).incidents();
    assertEquals("jsprit", p.dispatcher());
    assertTrue(p.dispatching());
    assertEquals(32, p.iterations());
    assertEquals(List.of(new UnitSpec("police", LinkRef.of("r0c0"), 2),
        new UnitSpec("tow", LinkRef.of("r1c1"), 1)), p.units());
    assertEquals(new NeedSpec("minor", List.of("police", "tow"), 2, 900), p.need("minor"));
    assertEquals(new NeedSpec("crash", List.of("ambulance", "tow", "police"), 1,
        IncidentsSpec.DEFAULT_WINDOW), p.need("crash"), "a closing severity is major");
    assertEquals(new NeedSpec("stall", List.of("police"), 3, IncidentsSpec.DEFAULT_WINDOW),
        p.need("stall"));
    assertTrue(p.toIncidentSpec().response().dispatcher());
  }

  @Test
  void defaults_noDispatcher_minorNeedsPolice_majorNeedsAll() throws Exception {
    IncidentsSpec p = Yaml.load(dir, Yaml.GRID + "incidents: {}\n").incidents();
    assertEquals("none", p.dispatcher());
    assertFalse(p.dispatching());
    assertEquals(IncidentsSpec.DEFAULT_ITERATIONS, p.iterations());
    assertEquals(List.of("police"), p.need("minor").kinds());
    assertEquals(List.of("ambulance", "tow", "police"), p.need("major").kinds());
    assertFalse(p.toIncidentSpec().response().dispatcher());
  }

  @Test
  void response_roundTripsThroughTheResolvedYaml() throws Exception {
    Scenario s = Yaml.load(dir, Yaml.GRID + RESPONSE);
    String text = ScenarioWriter.toYaml(s);
    assertTrue(text.contains("dispatcher: jsprit"), text);
    Scenario again = Yaml.load(dir, text);
    assertEquals(s.incidents(), again.incidents());
    assertEquals(text, ScenarioWriter.toYaml(again));
  }

  @Test
  void unknownDispatcher_getsADidYouMean() {
    String yaml = Yaml.GRID + "incidents:\n  response: {dispatcher: jsprt}\n";
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertEquals("incidents.response.dispatcher", p.field());
    assertTrue(p.hint().contains("did you mean 'jsprit'"), p::hint);
  }

  @Test
  void unknownUnitKind_getsADidYouMean() {
    String yaml = Yaml.GRID + "incidents:\n  response:\n    dispatcher: nearest\n"
        + "    units:\n      - {kind: ambulence, depot: r0c0}\n";
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertEquals("incidents.response.units[0].kind", p.field());
    assertEquals(5 + Yaml.GRID.split("\n", -1).length - 1, p.line());
    assertTrue(p.hint().contains("did you mean 'ambulance'"), p::hint);
    yaml = Yaml.GRID + "incidents:\n  response:\n    needs:\n"
        + "      - {severity: minor, units: [polise]}\n";
    p = only(Yaml.problemsOf(dir, yaml));
    assertTrue(p.hint().contains("did you mean 'police'"), p::hint);
  }

  @Test
  void dispatcherWithoutUnits_isRefused() {
    String yaml = Yaml.GRID + "incidents:\n  response: {dispatcher: nearest}\n";
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertEquals("incidents.response.dispatcher", p.field());
    assertTrue(p.message().contains("has no units"), p::message);
  }

  @Test
  void needsOfAnUnknownSeverity_getADidYouMean() {
    String yaml = Yaml.GRID + "incidents:\n  response:\n    needs:\n"
        + "      - {severity: majr, units: [tow]}\n";
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertTrue(p.hint().contains("did you mean 'major'"), p::hint);
  }

  @Test
  void baseline_defaultsToAuto_bindsOnAndOff_andRoundTrips() throws Exception {
    IncidentsSpec d = Yaml.load(dir, Yaml.GRID + "incidents: {}\n").incidents();
    assertEquals("auto", d.baseline());
    assertTrue(d.wantsBaseline(IncidentsSpec.BASELINE_AUTO_MAX_TRIPS));
    assertFalse(d.wantsBaseline(IncidentsSpec.BASELINE_AUTO_MAX_TRIPS + 1));
    assertFalse(IncidentsSpec.off().wantsBaseline(1), "never without the section");
    for (String b : List.of("on", "off")) {
      Scenario s = Yaml.load(dir, Yaml.GRID + "incidents:\n  baseline: " + b + "\n");
      assertEquals(b, s.incidents().baseline());
      assertEquals("on".equals(b), s.incidents().wantsBaseline(1_000_000));
      String text = ScenarioWriter.toYaml(s);
      // Quoted, so YAML 1.1 readers do not take on/off for booleans.
      assertTrue(text.contains("  baseline: \"" + b + "\""), text);
      assertEquals(s.incidents(), Yaml.load(dir, text).incidents());
    }
  }

  @Test
  void unknownBaseline_isLocatedWithADidYouMean() {
    String yaml = Yaml.GRID + "incidents:\n  baseline: of\n";
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertEquals("incidents.baseline", p.field());
    assertEquals(Yaml.GRID.split("\n", -1).length + 1, p.line());
    assertTrue(p.hint().contains("did you mean 'o"), p::hint);
    assertTrue(p.hint().contains("auto, on or off"), p::hint);
  }
}
