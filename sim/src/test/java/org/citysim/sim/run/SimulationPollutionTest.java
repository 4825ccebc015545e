package org.citysim.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citysim.sim.metrics.KpiKeys;
import org.citysim.sim.metrics.PollutionOutputs;
import org.citysim.sim.metrics.PollutionOutputs.Attribution;
import org.citysim.sim.metrics.PollutionOutputs.Source;
import org.citysim.sim.metrics.PollutionOutputs.StationSample;
import org.citysim.sim.metrics.PollutionOutputs.StationSeries;
import org.citysim.sim.metrics.RunResult;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.scenario.ScenarioLoader;
import org.citysim.sim.scenario.ScenarioWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code pollution} section through a whole run: emissions, field, stations, attribution. */
class SimulationPollutionTest {
  @TempDir Path dir;

  // Junction r<row>c<col> at x = 150 col, y = 150 (2 - row).
  private static final String GRID = """
      name: air-grid
      simulation: {start: "07:00", end: "08:30", seed: 3}
      network:
        grid: {rows: 3, columns: 4, spacing: 150}
      demand:
        random: {rate: 2400}
      """;

  private static final String POLLUTION = """
      pollution:
        interval: 60
        cellSize: 25
        margin: 100
        background: {no2: 30, pm25: 10}
        wind:
          - {speed: 1.5, direction: 270}
          - {from: "07:45", speed: 0.5, direction: 180}
        stations:
          - {id: kerb, x: 160, y: 160}
          - {id: downwind, x: 500, y: 150}
          - {id: mid-link, link: r1c1-r1c2}
        alerts: {levels: [60, 100]}
      """;

  private RunResult run(String yaml, String... overrides) throws Exception {
    Path file = Files.writeString(dir.resolve("s.yaml"), yaml);
    Scenario s = new ScenarioLoader().load(file, List.of(overrides));
    return SimulationBuilder.build(s, ScenarioWriter.toYaml(s), file).run(ProgressListener.NONE);
  }

  private List<Problem> problems(String yaml) {
    ScenarioException e = assertThrows(ScenarioException.class, () -> run(yaml));
    return e.problems();
  }

  @Test
  void withoutPollutionSection_nothingIsModelled() throws Exception {
    RunResult r = run(GRID);
    assertTrue(r.pollution().isEmpty());
    assertFalse(r.kpis().all().containsKey(KpiKeys.CO2_KG));
  }

  @Test
  void stationMeans_areExactlyTheSumOfTheirSourcesAndBackground() throws Exception {
    PollutionOutputs p = run(GRID + POLLUTION).pollution();
    assertEquals(6, p.attribution().size(), "three stations, NO2 and PM2.5");
    for (Attribution a : p.attribution()) {
      double sum = a.background();
      for (Source s : a.sources()) {
        sum += s.concentration();
        assertTrue(s.concentration() > 0 && s.share() > 0 && s.share() < 1, s::toString);
      }
      assertEquals(a.mean(), sum, 1e-9 * a.mean(), a.station() + " " + a.pollutant());
      // The adjoint's mean is the forward model's: the mean of the station's own samples.
      StationSeries st = p.stations().stream().filter(s -> s.id().equals(a.station()))
          .findFirst().orElseThrow();
      double forward = st.samples().stream()
          .mapToDouble(a.pollutant().equals("no2") ? StationSample::no2 : StationSample::pm25)
          .average().orElseThrow();
      assertEquals(forward, a.mean(), 1e-9 * forward, a.station() + " " + a.pollutant());
    }
  }

  @Test
  void differentDecayRates_attributeEachFieldOnItsOwn_stillExactly() throws Exception {
    PollutionOutputs p = run(GRID + POLLUTION.replace("  interval: 60\n",
        "  interval: 60\n  decay: {no2: 0.0002}\n")).pollution();
    PollutionOutputs same = run(GRID + POLLUTION).pollution();
    for (int i = 0; i < p.attribution().size(); i++) {
      Attribution a = p.attribution().get(i);
      double sum = a.background() + a.sources().stream().mapToDouble(Source::concentration).sum();
      assertEquals(a.mean(), sum, 1e-9 * a.mean());
      if (a.pollutant().equals("no2") && !a.sources().isEmpty()) {
        assertTrue(a.mean() < same.attribution().get(i).mean(), "NOx decays on its way");
      }
    }
  }

  @Test
  void kerbsideStation_seesMoreTrafficThanTheBackground() throws Exception {
    PollutionOutputs p = run(GRID + POLLUTION).pollution();
    Attribution kerb = p.attribution().get(0);
    assertEquals("kerb", kerb.station());
    assertEquals("no2", kerb.pollutant());
    assertTrue(kerb.mean() - kerb.background() > 0.01 * kerb.mean(),
        () -> "kerb NO2 " + kerb.mean());
    assertEquals(30, kerb.background(), 1e-6, "the NOx field starts clean");
    // Emission totals: the rows add up to the totals, and buses and trucks are in the mix.
    double rows = p.emissions().stream().mapToDouble(PollutionOutputs.EmissionRow::nox).sum();
    double total = p.totals().stream().filter(t -> t.pollutant().equals("nox")).findFirst()
        .orElseThrow().grams();
    assertEquals(total, rows, 1e-9 * total);
    assertEquals(90 / 1.0, p.stations().get(0).samples().size(), "one sample a minute");
  }

  @Test
  void sumoVehicleTypes_decideTheEmissionClasses() throws Exception {
    Path net = Path.of("..", "src", "build", "cds", "training.net.xml").toAbsolutePath();
    StringBuilder rou = new StringBuilder("<routes>\n"
        + "  <vType id=\"d\" vClass=\"passenger\" emissionClass=\"HBEFA3/PC_D_EU4\"/>\n"
        + "  <vType id=\"b\" vClass=\"bus\" emissionClass=\"HBEFA3/Bus\"/>\n"
        + "  <vType id=\"t\" vClass=\"truck\" emissionClass=\"HBEFA3/HDV\"/>\n");
    String[] types = {"d", "b", "t"};
    for (int i = 0; i < 30; i++) {
      rou.append("  <vehicle id=\"v").append(i).append("\" type=\"").append(types[i % 3])
          .append("\" depart=\"").append(10 * i).append("\"><route edges=\"B0A0 A0A1 A1A2\"/>"
              + "</vehicle>\n");
    }
    rou.append("</routes>\n");
    Files.writeString(dir.resolve("typed.rou.xml"), rou);
    String yaml = "name: typed\nsimulation: {start: 0, end: \"00:30\"}\n"
        + "network: {sumo: {net: " + net + "}}\n"
        + "demand: {sumo: {routes: [typed.rou.xml]}}\n"
        + "pollution: {fleet: {petrol-car: 1}}\n";
    PollutionOutputs p = run(yaml).pollution();
    java.util.Map<String, Long> vehicles = new java.util.HashMap<>();
    p.classTotals().forEach(c -> vehicles.put(c.vehicleClass(), c.vehicles()));
    // The scenario's mix says "all petrol cars"; the vTypes say otherwise and win.
    assertEquals(10, vehicles.get("diesel-car"));
    assertEquals(10, vehicles.get("bus"));
    assertEquals(10, vehicles.get("truck"));
    assertEquals(0, vehicles.get("petrol-car"));
  }

  @Test
  void sameSeed_sameOutputs() throws Exception {
    assertEquals(run(GRID + POLLUTION).pollution(), run(GRID + POLLUTION).pollution());
  }

  @Test
  void stationOutsideTheGrid_isLocatedWithTheGridExtent() throws Exception {
    String yaml = GRID + POLLUTION.replace("{id: downwind, x: 500, y: 150}",
        "{id: far, x: 5000, y: 150}");
    Problem p = problems(yaml).get(0);
    assertEquals("pollution.stations[1]", p.field());
    assertEquals(List.of(yaml.split("\n")).indexOf("    - {id: far, x: 5000, y: 150}") + 1,
        p.line());
    assertTrue(p.message().contains("station 'far' at (5000.0, 150.0) m lies outside"),
        p::message);
    assertTrue(p.hint().contains("pollution.margin"), p::hint);
  }

  @Test
  void gridTooLargeForMemory_asksForLargerCells() throws Exception {
    String yaml = GRID + POLLUTION.replace("cellSize: 25", "cellSize: 5").replace("margin: 100",
        "margin: 5000");
    Problem p = problems(yaml).get(0);
    assertEquals("pollution.cellSize", p.field());
    assertTrue(p.hint().startsWith("raise pollution.cellSize to at least"), p::hint);
  }
}
