package org.citysim.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.citysim.sim.metrics.KpiKeys;
import org.citysim.sim.metrics.RunResult;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.scenario.ScenarioLoader;
import org.citysim.sim.scenario.ScenarioWriter;
import org.citysim.sim.sensor.Condition;
import org.citysim.sim.sensor.SensorOutputs;
import org.citysim.sim.sensor.SensorOutputs.CameraInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cameras placed by a scenario's {@code sensors} section, through a whole run. */
class SimulationCamerasTest {
  @TempDir Path dir;

  private static final String GRID = """
      name: camera-grid
      simulation: {start: "06:00", end: "08:00", seed: 5}
      network:
        grid: {rows: 3, columns: 4, spacing: 150}
      demand:
        random: {rate: 2400}
      """;

  private static final String SENSORS = """
      sensors:
        interval: 300
        dropout: 0.1
        night: {from: "20:00", to: "06:30"}
        weather:
          - {from: "07:00", to: "07:30", condition: rain}
        cameras: [r1c1-r1c2, r1c2-r1c1, r0c1-r1c1]
      """;

  private RunResult run(String yaml, String... overrides) throws Exception {
    Path file = Files.writeString(dir.resolve("s.yaml"), yaml);
    Scenario s = new ScenarioLoader().load(file, List.of(overrides));
    return SimulationBuilder.build(s, ScenarioWriter.toYaml(s), file).run(ProgressListener.NONE);
  }

  @Test
  void scenarioCameras_countEveryIntervalUnderTheConditionsOfTheTimeline() throws Exception {
    RunResult r = run(GRID + SENSORS);
    List<CameraInterval> cams = r.sensors().cameras();
    assertEquals(3 * 24, cams.size(), "three cameras, 24 intervals of 5 min");
    // Network order of links, then time.
    assertEquals(List.of("r0c1-r1c1", "r1c1-r1c2", "r1c2-r1c1"),
        cams.stream().map(CameraInterval::link).distinct().toList());
    for (CameraInterval c : cams) {
      Condition expected = c.from() < 6.5 * 3600 ? Condition.NIGHT
          : c.from() >= 7 * 3600 && c.from() < 7.5 * 3600 ? Condition.RAIN : Condition.DAY;
      assertEquals(expected, c.condition(), "interval from " + c.from());
    }
    assertTrue(cams.stream().mapToInt(c -> c.truth().total()).sum() > 300);
    Map<String, Number> k = r.kpis().asMap();
    for (String key : List.of(KpiKeys.CAMERA_MAPE, KpiKeys.CAMERA_BIAS, KpiKeys.CAMERA_RECALL,
        KpiKeys.CAMERA_PRECISION, KpiKeys.CAMERA_CLASS_ACCURACY, KpiKeys.CAMERA_READINGS,
        KpiKeys.CAMERA_DROPPED)) {
      assertTrue(k.containsKey(key), key);
    }
    assertEquals(72L, k.get(KpiKeys.CAMERA_READINGS).longValue()
        + k.get(KpiKeys.CAMERA_DROPPED).longValue());
    double recall = k.get(KpiKeys.CAMERA_RECALL).doubleValue();
    assertTrue(recall > 0.6 && recall < 0.99, "recall " + recall);
    assertEquals(r, run(GRID + SENSORS), "same seed, same result");
  }

  @Test
  void withoutCameras_thereAreNoCameraOutputsOrKpis() throws Exception {
    RunResult r = run(GRID);
    assertEquals(SensorOutputs.none(), r.sensors());
    assertTrue(r.kpis().asMap().keySet().stream().noneMatch(key -> key.startsWith("cameras.")));
    assertFalse(r.resolvedScenario().contains("sensors"));
    assertNull(r.kpis().get(KpiKeys.CAMERA_MAPE));
  }

  @Test
  void cameraOnAnUnknownLink_isAProblemWithADidYouMean() throws Exception {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> run(GRID, "sensors.cameras=[r1c1-r1c2, r1c1-r9c9, r1c1_r1c2]"));
    assertEquals(List.of("sensors.cameras[1]", "sensors.cameras[2]"),
        e.problems().stream().map(Problem::field).toList());
    assertEquals("no link 'r1c1-r9c9' in the network", e.problems().get(0).message());
    assertEquals("did you mean 'r1c1-r1c2'?", e.problems().get(1).hint());
  }
}
