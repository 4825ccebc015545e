package org.citysim.sim.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.citysim.sim.forecast.SensorDataset;
import org.citysim.sim.forecast.SensorDataset.DayInfo;
import org.citysim.sim.forecast.SensorDataset.Split;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.scenario.ScenarioLoader;
import org.citysim.sim.sensor.Weather;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole data sets of a small grid: determinism, split, labels, variation, sensor choice. */
class DatasetBuilderTest {
  @TempDir Path dir;

  /** 3 x 3 grid, one hour, 5 signalised junctions with 16 approaches, 5 % dropouts. */
  private static final String GRID = """
      name: small
      simulation: {start: "07:00", end: "08:00", seed: 1}
      network:
        grid: {rows: 3, columns: 3, spacing: 200, lanes: 2}
      demand:
        profile: {start: "07:00", interval: 900, factors: [0.6, 1.2, 1.4, 0.8]}
        random: {rate: 900}
      sensors: {dropout: 0.05}
      """;

  /**
   * A crash at 07:12:30 on r1c0-r1c1, seen by its camera 60 s later, responders 480 s after
   * that, cleared in exactly 600 s: lanes blocked from 750 s to 1890 s after the start. Road
   * works close r0c1-r1c1 from 07:40 to 07:50 (2400 s to 3000 s).
   */
  private static final String INCIDENTS = """
      incidents:
        random:
          rate: 0
          severities:
            - {name: crash, share: 1, lanesBlocked: all, clearance: {mean: 600, sd: 0}, allClear: 60}
        scheduled:
          - {link: r1c0-r1c1, at: "07:12:30", severity: crash}
        closures:
          - {link: r0c1-r1c1, from: "07:40", to: "07:50", lanes: all}
        detection: {cameras: [r1c0-r1c1], probability: 1, delay: 60}
        response: {delay: 480}
      """;

  private Scenario load(String yaml, String... overrides) throws Exception {
    Path f = Files.writeString(dir.resolve("s" + System.nanoTime() + ".yaml"), yaml);
    return new ScenarioLoader().load(f, List.of(overrides));
  }

  private static SensorDataset build(Scenario s, int days, long seed, DatasetOptions o)
      throws ScenarioException {
    return new DatasetBuilder().build(s, days, seed, o, BuildProgress.NONE);
  }

  @Test
  void sameSeed_sameDataSetAndBytes_whateverTheThreads_otherSeed_otherDataSet() throws Exception {
    Scenario s = load(GRID);
    DatasetOptions o = DatasetOptions.defaults();
    SensorDataset one = build(s, 3, 7, o.withThreads(1));
    SensorDataset two = build(s, 3, 7, o.withThreads(2));
    assertTrue(Arrays.deepEquals(one.values(), two.values()));
    assertTrue(Arrays.deepEquals(one.blocked(), two.blocked()));
    assertEquals(one.days(), two.days());
    assertEquals(one.sensors(), two.sensors());
    new DatasetWriter().write(one, dir.resolve("a"));
    new DatasetWriter().write(two, dir.resolve("b"));
    for (String f : List.of("dataset.json", "values.csv.gz")) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)),
          Files.readAllBytes(dir.resolve("b").resolve(f)), f);
    }
    SensorDataset other = build(s, 3, 8, o.withThreads(1));
    assertFalse(Arrays.deepEquals(one.values(), other.values()));
    assertFalse(one.days().get(0).seed() == other.days().get(0).seed());
  }

  @Test
  void dataSet_hasOneRowOfDaysAndSlots_andReportsProgress() throws Exception {
    Scenario s = load(GRID);
    List<Integer> done = new ArrayList<>();
    SensorDataset d = new DatasetBuilder().build(s, 5, 3, DatasetOptions.defaults(),
        (k, n) -> {
          assertEquals(5, n);
          done.add(k);
        });
    assertEquals(List.of(1, 2, 3, 4, 5), done);
    assertEquals(12, d.slots(), "an hour of 5-minute slots");
    assertEquals(7 * 3600, d.dayStart());
    assertEquals(300, d.interval());
    assertEquals("small", d.scenario());
    assertEquals(List.of(Split.TRAIN, Split.TRAIN, Split.TRAIN, Split.VALIDATION, Split.TEST),
        d.days().stream().map(DayInfo::split).toList());
    for (int day = 0; day < 5; day++) {
      DayInfo info = d.days().get(day);
      assertEquals(day, info.index());
      assertEquals(Variation.defaults().draw(3, day, 7 * 3600, 8 * 3600).seed(), info.seed());
      assertEquals(info.weather().equals("clear"), Double.isNaN(info.weatherFrom()));
      assertEquals(0, info.incidents(), "no incidents section");
    }
    double sum = 0;
    for (float[][][] day : d.values()) {
      for (float[][] slot : day) {
        for (float[] sensor : slot) {
          if (!Float.isNaN(sensor[0])) {
            sum += sensor[0];
            assertTrue(sensor[2] >= 0 && sensor[2] <= 1 && sensor[1] > 0, Arrays.toString(sensor));
          }
        }
      }
    }
    assertTrue(sum > 0, "the sensors count traffic");
  }

  @Test
  void labels_markExactlyTheSlotsOverlappingTheIncidentAndTheClosure() throws Exception {
    Scenario s = load(GRID + INCIDENTS);
    SensorDataset d = build(s, 2, 5, DatasetOptions.defaults().withThreads(1));
    List<String> ids = d.sensors().stream().map(SensorDataset.SensorInfo::id).toList();
    int crash = ids.indexOf("loop:r1c0-r1c1");
    int works = ids.indexOf("loop:r0c1-r1c1");
    assertTrue(crash >= 0 && works >= 0, ids.toString());
    for (int day = 0; day < 2; day++) {
      assertEquals(1, d.days().get(day).incidents());
      for (int k = 0; k < d.slots(); k++) {
        for (int s2 = 0; s2 < ids.size(); s2++) {
          // [750, 1890) overlaps slots 2 to 6; [2400, 3000) slots 8 and 9.
          boolean want = s2 == crash && k >= 2 && k <= 6 || s2 == works && (k == 8 || k == 9);
          assertEquals(want, d.blocked()[day][k][s2], "day " + day + " slot " + k + " sensor "
              + ids.get(s2));
        }
      }
    }
  }

  @Test
  void demandLevel_movesTheCountsTheSameWay() throws Exception {
    Scenario s = load(GRID);
    SensorLayout layout = SensorLayout.choose(s, DatasetOptions.defaults(), 1);
    double[] totals = new double[3];
    double[] levels = {0.6, 1.0, 1.4};
    for (int i = 0; i < 3; i++) {
      DayVariation v = new DayVariation(0, 42, levels[i], 0, Weather.CLEAR, Double.NaN,
          Double.NaN);
      DayRun.Result r = DayRun.run(DayScenario.of(s, v, Variation.defaults()), layout, 300, 12,
          0.5);
      for (float[][] slot : r.values()) {
        for (float[] sensor : slot) {
          totals[i] += Float.isNaN(sensor[0]) ? 0 : sensor[0];
        }
      }
    }
    assertTrue(totals[0] < totals[1] && totals[1] < totals[2], Arrays.toString(totals));
    assertEquals(1.4 / 0.6, totals[2] / totals[0], 0.6, "roughly in proportion");
  }

  @Test
  void fixedTripList_isNotVaried_andTheDaysSaySo() throws Exception {
    Files.writeString(dir.resolve("trips.csv"), "id,departure,from,to\n"
        + "a,07:01,r0c0,r2c2\nb,07:02,r2c2,r0c0\nc,07:30,r0c1,r2c1\n");
    Scenario s = load("""
        name: trips
        simulation: {start: "07:00", end: "08:00", seed: 1}
        network:
          grid: {rows: 3, columns: 3, spacing: 200}
        demand:
          trips: [trips.csv]
        """);
    SensorDataset d = build(s, 3, 2, DatasetOptions.defaults().withThreads(1));
    for (DayInfo day : d.days()) {
      assertEquals(1.0, day.demand());
      assertEquals(0.0, day.shift());
    }
  }

  @Test
  void sensorRule_scenarioCamerasFirst_elseSignalisedApproaches_elseBusyLinks() throws Exception {
    SensorLayout cams = SensorLayout.choose(load(GRID,
        "sensors.cameras=[r1c1-r1c2, r0c1-r1c1]"), DatasetOptions.defaults(), 1);
    assertEquals(SensorLayout.Rule.SCENARIO, cams.rule());
    // In network link order: r0c1-r1c1 is made before r1c1-r1c2.
    assertEquals(List.of("camera:r0c1-r1c1", "camera:r1c1-r1c2"), cams.ids());
    assertEquals(List.of(1), cams.sensors().get(0).downstream(), "r0c1-r1c1 may go on to r1c2");
    assertEquals(List.of(), cams.sensors().get(1).downstream());

    SensorLayout loops = SensorLayout.choose(load(GRID), DatasetOptions.defaults(), 1);
    assertEquals(SensorLayout.Rule.SIGNALISED_APPROACHES, loops.rule());
    assertEquals(16, loops.ids().size(), "4 into the centre, 3 into each edge middle");
    assertTrue(loops.ids().stream().allMatch(id -> id.startsWith("loop:")));
    assertFalse(loops.ids().contains("loop:r0c1-r0c0"), "corners have no signal");

    SensorLayout busy = SensorLayout.choose(load(GRID, "network.grid.signals.enabled=false"),
        DatasetOptions.defaults(), 1);
    assertEquals(SensorLayout.Rule.BUSY_LINKS, busy.rule());
    assertFalse(busy.ids().isEmpty());

    SensorLayout given = SensorLayout.choose(load(GRID), DatasetOptions.defaults()
        .withSensors(List.of("camera:r1c2-r1c1", "loop:r0c0-r0c1")), 1);
    assertEquals(SensorLayout.Rule.EXPLICIT, given.rule());
    assertEquals(List.of("camera:r1c2-r1c1", "loop:r0c0-r0c1"), given.ids());
    assertEquals(64, given.fingerprint().length());
  }

  @Test
  void badSensorIds_andSlotsThatDoNotFitTheSensorInterval_areLocatedErrors() throws Exception {
    Scenario s = load(GRID);
    ScenarioException e = assertThrows(ScenarioException.class, () -> build(s, 1, 1,
        DatasetOptions.defaults().withSensors(List.of("loop:r0c0-r0c1", "loop:r9c9-r0c1",
            "radar:r0c0-r0c1"))));
    assertEquals("sensors[1]", e.problems().get(0).field());
    assertTrue(e.getMessage().contains("no link 'r9c9-r0c1'"), e.getMessage());
    assertTrue(e.getMessage().contains("sensors[2]: malformed sensor id"), e.getMessage());
    ScenarioException slots = assertThrows(ScenarioException.class,
        () -> build(load(GRID, "sensors.interval=70"), 1, 1, DatasetOptions.defaults()));
    assertEquals("sensors.interval", slots.problems().get(0).field());
  }
}
