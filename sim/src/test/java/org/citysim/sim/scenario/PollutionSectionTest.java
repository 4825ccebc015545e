package org.citysim.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.citysim.sim.scenario.PollutionSpec.StationSpec;
import org.citysim.sim.scenario.PollutionSpec.Wind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code pollution} section: binding, defaults, canonical writing and located problems. */
class PollutionSectionTest {
  @TempDir Path dir;

  static final String POLLUTION = """
      pollution:
        interval: 30
        cellSize: 50
        fleet: {petrol-car: 0.5, diesel-car: 0.4, bus: 0.1}
        background: {no2: 25}
        decay: {pm25: 0.0001}
        wind:
          - {speed: 2, direction: 270}
          - {from: "08:00", speed: 5, direction: 180}
        stations:
          - {id: centre, x: 500, y: 500}
          - {id: ring, link: r1c1-r1c2}
        alerts: {levels: [100, 150], projection: 900}
        attribution: {top: 5}
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
  void pollutionSection_bindsOverTheDefaults() throws Exception {
    PollutionSpec p = Yaml.load(dir, Yaml.GRID + POLLUTION).pollution();
    PollutionSpec d = PollutionSpec.defaults();
    assertTrue(p.enabled());
    assertEquals(30, p.interval());
    assertEquals(50, p.cellSize());
    assertEquals(d.height(), p.height());
    assertEquals(0.5, p.fleet().get("petrol-car"));
    assertEquals(0.0, p.fleet().get("truck"));
    assertEquals(Map.of("no2", 25.0, "pm25", 8.0), p.background());
    assertEquals(Map.of("no2", 0.0, "pm25", 0.0001), p.decay());
    assertEquals(List.of(new Wind(0, 2, 270), new Wind(8 * 3600, 5, 180)), p.wind());
    assertEquals(List.of(new StationSpec("centre", 500, 500, null, 0, 0),
        new StationSpec("ring", Double.NaN, Double.NaN, "r1c1-r1c2", 0, 0)), p.stations());
    assertEquals(lineOf(Yaml.GRID + POLLUTION, "id: centre"), p.stations().get(0).line());
    assertEquals(List.of(100, 150), p.alertLevels());
    assertEquals(900, p.projection());
    assertEquals(5, p.top());
  }

  @Test
  void noPollutionSection_isOffAndNotWritten() throws Exception {
    Scenario s = Yaml.load(dir, Yaml.GRID);
    assertFalse(s.pollution().enabled());
    assertFalse(ScenarioWriter.toYaml(s).contains("pollution"));
  }

  @Test
  void pollutionSection_roundTripsThroughTheResolvedYaml() throws Exception {
    Scenario s = Yaml.load(dir, Yaml.GRID + POLLUTION);
    String yaml = ScenarioWriter.toYaml(s);
    Scenario again = Yaml.load(dir, yaml);
    assertEquals(s.pollution(), again.pollution());
    assertEquals(yaml, ScenarioWriter.toYaml(again));
  }

  @Test
  void negativeWindSpeed_isLocatedWithItsRange() {
    String yaml = Yaml.GRID + "pollution:\n  wind:\n    - {speed: -2, direction: 90}\n";
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertEquals("pollution.wind[0].speed", p.field());
    assertEquals(lineOf(yaml, "speed: -2"), p.line());
  }

  @Test
  void unknownPollutant_getsADidYouMean() {
    String yaml = Yaml.GRID + "pollution:\n  background: {pm10: 20}\n";
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertTrue(p.message().contains("unknown key 'pm10'"), p::message);
    assertTrue(p.hint().contains("pm25"), p::hint);
  }

  @Test
  void fleetShares_mustSumToOne() {
    String yaml = Yaml.GRID + "pollution:\n  fleet: {petrol-car: 0.5, bus: 0.1}\n";
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertEquals("pollution.fleet", p.field());
    assertTrue(p.message().contains("sum to 0.6"), p::message);
  }

  @Test
  void windPeriods_mustBeInTimeOrder() {
    String yaml = Yaml.GRID + "pollution:\n  wind:\n    - {from: \"08:00\", speed: 2, direction: 9}"
        + "\n    - {from: \"07:30\", speed: 2, direction: 9}\n";
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertEquals(lineOf(yaml, "07:30"), p.line());
  }

  @Test
  void station_byLinkAndCoordinates_isRefused() {
    String yaml = Yaml.GRID + "pollution:\n  stations:\n    - {id: a, link: x, x: 1, y: 2}\n";
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertTrue(p.message().contains("not both"), p::message);
  }

  @Test
  void alertLevels_mustAscend() {
    String yaml = Yaml.GRID + "pollution:\n  alerts: {levels: [150, 100]}\n";
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertTrue(p.message().contains("ascend"), p::message);
  }
}
