package org.citysim.sim.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.citysim.sim.forecast.SensorDataset;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The shipped training scenario: its 48 cameras are the data set's sensors, and its morning
 * builds (the whole day is the benchmark in docs/datasets.md, not a test).
 */
class ForecastTownTest {
  private static final Path FILE = Path.of("..", "scenarios", "forecast-town.yaml");

  @Test
  void morning_usesTheScenarioCameras_andHasTrafficAndIncidents() throws Exception {
    Scenario s = new ScenarioLoader().load(FILE, List.of("simulation.end=\"09:00\""));
    SensorDataset d = new DatasetBuilder().build(s, 2, 1, DatasetOptions.defaults(),
        BuildProgress.NONE);
    assertEquals(48, d.sensors().size());
    assertTrue(d.sensors().stream().allMatch(x -> x.id().equals("camera:" + x.link())));
    assertTrue(d.sensors().stream().allMatch(x -> !x.downstream().isEmpty()),
        "every inner approach leads to another watched approach");
    assertEquals(48, d.slots(), "05:00 to 09:00 in 5-minute slots");
    double peak = 0;
    for (float[] sensor : d.values()[0][36]) {
      peak += Float.isNaN(sensor[0]) ? 0 : sensor[0];
    }
    assertTrue(peak / 48 > 100, "08:00 is busy: " + peak / 48 + " veh/h per approach");
    assertTrue(d.days().stream().mapToInt(SensorDataset.DayInfo::incidents).sum() > 0);
  }
}
