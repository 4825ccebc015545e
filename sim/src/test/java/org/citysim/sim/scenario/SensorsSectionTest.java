package org.citysim.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citysim.sim.sensor.CameraModel;
import org.citysim.sim.sensor.ClassMix;
import org.citysim.sim.sensor.DailyHours;
import org.citysim.sim.sensor.Detection;
import org.citysim.sim.sensor.SensorSpec;
import org.citysim.sim.sensor.Weather;
import org.citysim.sim.sensor.WeatherPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code sensors} section: binding, defaults, canonical writing and located problems. */
class SensorsSectionTest {
  @TempDir Path dir;

  static final String SENSORS = """
      sensors:
        interval: 300
        dropout: 0.05
        night: {from: "21:00"}
        weather:
          - {from: "07:00", to: "08:30", condition: rain}
          - {from: "08:30", to: "09:00", condition: fog}
        cameras: [r1c1-r1c2, r2c2-r2c1]
        camera:
          rain: {recall: 0.8}
          occlusion: 0.2
          latency: 5
          fleet: {car: 0.8, bus: 0.05, truck: 0.15}
          confusion:
            bus: {car: 0.1, bus: 0.8, truck: 0.1}
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

  private static void assertContains(String text, String part) {
    assertTrue(text.contains(part), () -> "'" + text + "' does not contain '" + part + "'");
  }

  @Test
  void sensorsSection_bindsOverTheDefaults() throws Exception {
    SensorSpec s = Yaml.load(dir, Yaml.GRID + SENSORS).sensors();
    CameraModel d = CameraModel.defaults();
    assertEquals(300, s.interval());
    assertEquals(0.05, s.dropout());
    assertEquals(new DailyHours(21 * 3600, 6 * 3600), s.night());
    assertEquals(List.of(new WeatherPeriod(7 * 3600, 8.5 * 3600, Weather.RAIN),
        new WeatherPeriod(8.5 * 3600, 9 * 3600, Weather.FOG)), s.weather());
    assertEquals(List.of("r1c1-r1c2", "r2c2-r2c1"), s.cameras());
    CameraModel c = s.camera();
    assertEquals(new Detection(0.8, d.rain().precision()), c.rain());
    assertEquals(d.day(), c.day());
    assertEquals(0.2, c.occlusion());
    assertEquals(5, c.latency());
    assertTrue(c.falsePositives());
    assertEquals(new ClassMix(0.8, 0.05, 0.15), c.fleet());
    assertEquals(new ClassMix(0.1, 0.8, 0.1), c.confusion().bus());
    assertEquals(d.confusion().car(), c.confusion().car());
  }

  @Test
  void withoutSensorsSection_theDefaultsApplyAndTheWriterLeavesItOut() throws Exception {
    Scenario s = Yaml.load(dir, Yaml.GRID);
    assertEquals(SensorSpec.defaults(), s.sensors());
    assertFalse(ScenarioWriter.toYaml(s).contains("sensors"));
  }

  @Test
  void sensorsSection_writtenInFull_loadsBackEqual() throws Exception {
    Scenario s = Yaml.load(dir, Yaml.GRID + SENSORS, "sensors.camera.falsePositives=false",
        "sensors.night.to=19815.5");
    String yaml = ScenarioWriter.toYaml(s);
    assertContains(yaml, "  weather:\n    - {from: \"07:00:00\", to: \"08:30:00\", condition:"
        + " \"rain\"}\n");
    assertContains(yaml, "    night: {recall: 0.88, precision: 0.92}\n");
    assertContains(yaml, "      truck: {car: 0.08, bus: 0.04, truck: 0.88}\n");
    Path file = Files.writeString(dir.resolve("again.yaml"), yaml);
    Scenario again = new ScenarioLoader().load(file);
    assertEquals(s.sensors(), again.sensors());
    assertEquals(yaml, ScenarioWriter.toYaml(again));
  }

  @Test
  void unknownCameraKey_isLocatedWithADidYouMean() {
    String yaml = Yaml.GRID + SENSORS.replace("occlusion: 0.2", "occlussion: 0.2");
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertEquals("sensors.camera.occlussion", p.field());
    assertEquals(lineOf(yaml, "occlussion"), p.line());
    assertEquals(5, p.column());
    assertEquals("unknown key 'occlussion'", p.message());
    assertContains(p.hint(), "did you mean 'occlusion'?");
    assertContains(p.hint(), "falsePositives");
  }

  @Test
  void rateOutOfRange_givesTheRange() {
    String yaml = Yaml.GRID + SENSORS.replace("recall: 0.8", "recall: 1.2");
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertEquals("sensors.camera.rain.recall", p.field());
    assertEquals("value 1.2 is out of range", p.message());
    assertEquals("allowed range is (0, 1]", p.hint());
    assertEquals(lineOf(yaml, "recall: 1.2"), p.line());
  }

  @Test
  void unknownWeatherCondition_suggestsAKnownOne() {
    String yaml = Yaml.GRID + SENSORS.replace("condition: rain", "condition: rian");
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertEquals("sensors.weather[0].condition", p.field());
    assertEquals("unknown weather condition 'rian'", p.message());
    assertContains(p.hint(), "did you mean 'rain'?");
    assertContains(p.hint(), "clear, rain, fog");
    assertEquals(lineOf(yaml, "rian"), p.line());
  }

  @Test
  void overlappingWeatherPeriods_areReportedAtTheLaterOne() {
    String yaml = Yaml.GRID + SENSORS.replace("{from: \"08:30\", to: \"09:00\"",
        "{from: \"08:00\", to: \"09:00\"");
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertEquals("sensors.weather[1]", p.field());
    assertEquals(lineOf(yaml, "condition: fog"), p.line());
    assertContains(p.message(), "(08:00:00-09:00:00) overlaps sensors.weather[0]"
        + " (07:00:00-08:30:00)");
  }

  @Test
  void weatherPeriodEndingBeforeItStarts_isReported() {
    String yaml = Yaml.GRID + SENSORS.replace("to: \"08:30\"", "to: \"06:30\"");
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertEquals("sensors.weather[0].to", p.field());
    assertContains(p.message(), "ends at 06:30:00, not after its start 07:00:00");
  }

  @Test
  void nightHoursBeyondADay_areReported() {
    String yaml = Yaml.GRID + SENSORS.replace("night: {from: \"21:00\"}",
        "night: {from: \"25:00\"}");
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertEquals("sensors.night.from", p.field());
    assertContains(p.message(), "night hours are times of day");
    assertContains(p.hint(), "wraps past midnight");
  }

  @Test
  void fleetSharesNotSummingToOne_areReportedAtTheFleet() {
    String yaml = Yaml.GRID + SENSORS.replace("fleet: {car: 0.8,", "fleet: {car: 0.9,");
    Problem p = only(Yaml.problemsOf(dir, yaml));
    assertEquals("sensors.camera.fleet", p.field());
    assertEquals("the shares of car, bus and truck sum to 1.1, not 1", p.message());
    assertEquals(lineOf(yaml, "fleet:"), p.line());
  }

  @Test
  void severalSensorProblems_areAllReported() {
    String yaml = Yaml.GRID + SENSORS.replace("dropout: 0.05", "dropout: 1.5")
        .replace("cameras: [r1c1-r1c2, r2c2-r2c1]", "cameras: [r1c1-r1c2, r1c1-r1c2]")
        .replace("bus: {car: 0.1,", "buss: {car: 0.1,");
    List<Problem> ps = Yaml.problemsOf(dir, yaml);
    assertEquals(List.of("sensors.dropout", "sensors.cameras[1]",
        "sensors.camera.confusion.buss"), ps.stream().map(Problem::field).toList());
    assertEquals("allowed range is [0, 1]", ps.get(0).hint());
    assertContains(ps.get(1).message(), "has a camera already");
    assertContains(ps.get(2).hint(), "did you mean 'bus'?");
  }

  @Test
  void sensorsOverrides_workLikeAnyOther() throws Exception {
    Scenario s = Yaml.load(dir, Yaml.GRID, "sensors.camera.fog.precision=0.5",
        "sensors.cameras=[r0c0-r0c1]");
    assertEquals(0.5, s.sensors().camera().fog().precision());
    assertEquals(List.of("r0c0-r0c1"), s.sensors().cameras());
  }
}
