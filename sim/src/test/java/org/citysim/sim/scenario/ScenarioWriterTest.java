package org.citysim.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioWriterTest {
  @TempDir Path dir;

  /** Loads {@code yaml}, writes it to another folder, loads that, and compares all but baseDir. */
  private Scenario roundTrip(String yaml) throws Exception {
    Scenario first = Yaml.load(dir, yaml);
    String written = ScenarioWriter.toYaml(first);
    Path other = Yaml.write(dir, "copy/written.yaml", written);
    Scenario second = new ScenarioLoader().load(other);
    assertEquals(first.name(), second.name());
    assertEquals(first.description(), second.description());
    assertEquals(first.simulation(), second.simulation());
    assertEquals(first.network(), second.network());
    assertEquals(first.demand(), second.demand());
    assertEquals(first.traffic(), second.traffic());
    assertEquals(first.outputs(), second.outputs());
    assertEquals(other.getParent().toAbsolutePath().normalize(), second.baseDir());
    assertEquals(written, ScenarioWriter.toYaml(second), "canonical form is a fixed point");
    return first;
  }

  @Test
  void gridScenario_roundTrips() throws Exception {
    Yaml.write(dir, "data/trips.csv", "id,departure,from,to\n");
    roundTrip(ScenarioLoaderTest.FULL_GRID);
    roundTrip(Yaml.GRID);
  }

  @Test
  void explicitScenario_roundTrips() throws Exception {
    roundTrip(ScenarioLoaderTest.EXPLICIT.replace("name: t-junction",
        "name: t-junction\ndescription: \"t \\\"junction\\\"\\ntwo lines: yes\""));
  }

  @Test
  void fractionalTimes_andOddNumbers_roundTrip() throws Exception {
    Scenario s = roundTrip(Yaml.GRID.replace("\"07:00\"", "25200.25")
        .replace("rows: 6", "rows: 6\n    speed: 0.1\n    spacing: 1e-3"));
    assertEquals(25_200.25, s.simulation().start());
  }

  @Test
  void writer_isDeterministicAndFillsDefaults() throws Exception {
    Scenario s = Yaml.load(dir, Yaml.GRID);
    String a = ScenarioWriter.toYaml(s);
    String b = ScenarioWriter.toYaml(Yaml.load(dir, Yaml.GRID));
    assertEquals(a, b);
    assertEquals("""
        name: "grid-town"
        description: ""
        simulation:
          start: "07:00:00"
          end: "09:00:00"
          seed: 1
          replication: 0
        network:
          grid:
            rows: 6
            columns: 6
            spacing: 200
            lanes: 1
            speed: 13.89
            capacityPerLane: 1800
            signals:
              enabled: true
              cycle: 60
              intergreen: 4
              nsShare: 0.5
              offsetStep: 0
        demand:
          profile:
            start: "00:00:00"
            interval: 86400
            factors: [1]
          flows: []
          random:
            rate: 3000
            places: boundary
          trips: []
        traffic:
          cellSize: 7.5
          holeSpeed: 4.166666666666667
          stuckTime: 300
        outputs:
          linkInterval: 300
          sampleInterval: 60
          charts: true
        """, a);
  }

  @Test
  void tripFiles_areWrittenAbsolute() throws Exception {
    Yaml.write(dir, "trips.csv", "id,departure,from,to\n");
    Scenario s = Yaml.load(dir, Yaml.GRID + "  trips: trips.csv\n");
    String yaml = ScenarioWriter.toYaml(s);
    String abs = dir.toAbsolutePath().normalize().resolve("trips.csv").toString();
    assertTrue(yaml.contains("  trips:\n    - \"" + abs + "\"\n"), yaml);
  }

  @Test
  void programmaticScenario_roundTrips() throws Exception {
    Scenario s = new Scenario("p", "", new SimulationSpec(0, 86_399.5, -7, 2),
        new GridSpec(2, 1000, 0.5, 8, 70, 3600, new GridSignals(false, 20, 10, 0.5, 3)),
        new DemandSpec(new TimeProfile(3600, 0.25, new double[] {0, 2.5}),
            List.of(new DemandSpec.OdFlowSpec("r1c999", "r0c0", 1e-3)),
            Optional.empty(), List.of()),
        new TrafficSpec(2, 30, 3600), new OutputSpec(86_400, 1, false), dir);
    Path file = Yaml.write(dir, "p.yaml", ScenarioWriter.toYaml(s));
    assertEquals(s, new ScenarioLoader().load(file));
  }
}
