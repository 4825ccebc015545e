package org.citysim.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.citysim.sim.incident.Closure;
import org.citysim.sim.incident.IncidentSpec;
import org.citysim.sim.incident.LogNormal;
import org.citysim.sim.incident.RandomIncidents.Basis;
import org.citysim.sim.incident.Severity;
import org.citysim.sim.scenario.IncidentsSpec.ClosureSpec;
import org.citysim.sim.scenario.IncidentsSpec.LinkRef;
import org.citysim.sim.scenario.IncidentsSpec.ScheduledSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code incidents} section: binding, defaults, canonical writing and located problems. */
class IncidentsSectionTest {
  @TempDir Path dir;

  static final String INCIDENTS = """
      incidents:
        random:
          basis: link-hour
          rate: 0.01
          severities:
            - {name: minor, share: 3, lanesBlocked: 1, clearance: {mean: 600, sd: 300}}
            - {name: crash, share: 1, lanesBlocked: all, clearance: {mean: 1800}, allClear: 600}
        scheduled:
          - {link: r2c1-r2c2, at: "07:30", severity: crash}
        closures:
          - {link: r3c3-r3c4, from: "07:10", to: "07:40", lanes: 1}
          - {link: r1c1-r1c2, from: "08:00"}
        detection:
          cameras: [r2c1-r2c2]
          probability: 0.8
          delay: 30
          report: {mean: 420}
        response: {delay: 480}
        compliance: 0.6
      """;

  private static Problem only(List<Problem> problems) {
    assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
    return problems.get(0);
  }

  private static int lineOf(String yaml, String part) {
    String[] lines = yaml.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(part)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(part);
  }

  @Test
  void incidentsSection_bindsOverTheDefaults() throws Exception {
    IncidentsSpec p = Yaml.load(dir, Yaml.GRID + INCIDENTS).incidents();
    IncidentsSpec d = IncidentsSpec.defaults();
    assertTrue(p.enabled());
    assertEquals(Basis.PER_LINK_HOUR, p.basis());
    assertEquals(0.01, p.rate());
    assertEquals(d.exposurePeriod(), p.exposurePeriod());
    Severity minorDefault = IncidentsSpec.defaultSeverities().get(0);
    assertEquals(List.of(
        new Severity("minor", 3, 1, minorDefault.remainingShare(), new LogNormal(600, 300),
            minorDefault.allClearDelay()),
        new Severity("crash", 1, Closure.ALL_LANES, minorDefault.remainingShare(),
            new LogNormal(1800, minorDefault.clearance().sd()), 600)), p.severities());
    assertEquals(List.of(new ScheduledSpec(LinkRef.of("r2c1-r2c2"), 7.5 * 3600, "crash")),
        p.scheduled());
    assertEquals(lineOf(Yaml.GRID + INCIDENTS, "severity: crash"),
        p.scheduled().get(0).link().line());
    assertEquals(List.of(new ClosureSpec(LinkRef.of("r3c3-r3c4"), 7 * 3600 + 600, 7 * 3600 + 2400,
        1), new ClosureSpec(LinkRef.of("r1c1-r1c2"), 8 * 3600, Double.POSITIVE_INFINITY,
        Closure.ALL_LANES)), p.closures());
    assertEquals(List.of(LinkRef.of("r2c1-r2c2")), p.cameras());
    assertEquals(0.8, p.cameraProbability());
    assertEquals(30, p.cameraDelay());
    assertEquals(new LogNormal(420, d.report().sd()), p.report());
    assertEquals(480, p.responseDelay());
    assertEquals(0.6, p.compliance());
  }

  @Test
  void emptySection_hasTheDefaultsAndNoRandomIncidents() throws Exception {
    IncidentsSpec p = Yaml.load(dir, Yaml.GRID + "incidents: {}\n").incidents();
    assertEquals(IncidentsSpec.defaults(), p);
    assertEquals(0, p.rate());
    IncidentSpec lib = p.toIncidentSpec();
    assertEquals(0, lib.random().rate());
    assertFalse(lib.response().dispatcher());
    assertEquals(600, lib.response().responseDelay());
  }

  @Test
  void randomWithoutRate_getsTheDefaultRateOfItsBasis() throws Exception {
    assertEquals(IncidentsSpec.DEFAULT_RATE_PER_VEH_KM,
        Yaml.load(dir, Yaml.GRID + "incidents: {random: {}}\n").incidents().rate());
    assertEquals(IncidentsSpec.DEFAULT_RATE_PER_LINK_HOUR, Yaml.load(dir,
        Yaml.GRID + "incidents: {random: {basis: link-hour}}\n").incidents().rate());
  }

  @Test
  void noIncidentsSection_isOffAndNotWritten() throws Exception {
    Scenario s = Yaml.load(dir, Yaml.GRID);
    assertFalse(s.incidents().enabled());
    assertFalse(ScenarioWriter.toYaml(s).contains("incidents"));
  }

  @Test
  void incidentsSection_roundTripsThroughTheResolvedYaml() throws Exception {
    for (String yaml : List.of(Yaml.GRID + INCIDENTS, Yaml.GRID + "incidents: {}\n")) {
      Scenario s = Yaml.load(dir, yaml);
      String text = ScenarioWriter.toYaml(s);
      Scenario again = Yaml.load(dir, text);
      assertEquals(s.incidents(), again.incidents());
      assertEquals(text, ScenarioWriter.toYaml(again));
    }
  }

  @Test
  void mapsToTheLibrarySpec() throws Exception {
    IncidentSpec lib = Yaml.load(dir, Yaml.GRID + INCIDENTS).incidents().toIncidentSpec();
    assertEquals(0.01, lib.random().rate());
    assertEquals("crash", lib.scheduled().get(0).severity().name());
    assertEquals(new Closure("r3c3-r3c4", 7 * 3600 + 600, 7 * 3600 + 2400, 1),
        lib.closures().get(0));
    assertEquals(List.of("r2c1-r2c2"), lib.detection().cameraLinks());
    assertEquals(480, lib.response().responseDelay());
    assertEquals(0.6, lib.compliance());
  }

  @Test
  void negativeRate_isLocatedWithItsRange() {
    String yaml = Yaml.GRID + "incidents:\n  random: {rate: -1}\n";
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertEquals("incidents.random.rate", p.field());
    assertEquals(lineOf(yaml, "rate: -1"), p.line());
    assertTrue(p.hint().contains("allowed range"), p::hint);
  }

  @Test
  void unknownSeverityName_getsADidYouMean() {
    String yaml = Yaml.GRID + "incidents:\n  scheduled:\n"
        + "    - {link: r1c1-r1c2, at: \"07:30\", severity: majr}\n";
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertEquals("incidents.scheduled[0].severity", p.field());
    assertEquals(lineOf(yaml, "majr"), p.line());
    assertTrue(p.hint().contains("did you mean 'major'"), p::hint);
  }

  @Test
  void closureEndingBeforeItStarts_isRefused() {
    String yaml = Yaml.GRID + "incidents:\n  closures:\n"
        + "    - {link: r1c1-r1c2, from: \"08:00\", to: \"08:00\"}\n";
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertEquals("incidents.closures[0].to", p.field());
    assertTrue(p.message().contains("not after its start"), p::message);
  }

  @Test
  void unknownKey_getsADidYouMean() {
    String yaml = Yaml.GRID + "incidents:\n  complaince: 0.5\n";
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertTrue(p.message().contains("unknown key 'complaince'"), p::message);
    assertTrue(p.hint().contains("did you mean 'compliance'"), p::hint);
  }

  @Test
  void unknownBasisAndBadLanes_areRefused() {
    String yaml = Yaml.GRID + "incidents:\n  random: {basis: vehicle-kms}\n";
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertTrue(p.hint().contains("did you mean 'vehicle-km'"), p::hint);
    yaml = Yaml.GRID + "incidents:\n  closures:\n    - {link: a, from: 0, lanes: most}\n";
    p = only(Yaml.problemsOf(dir, yaml));
    assertEquals("incidents.closures[0].lanes", p.field());
  }

  @Test
  void complianceOutOfRange_isRefused() {
    Problem p = only(Yaml.problemsOf(dir, Yaml.GRID + "incidents: {compliance: 1.5}\n"));
    assertEquals("incidents.compliance", p.field());
  }
}
