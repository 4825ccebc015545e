package org.citysim.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citysim.sim.metrics.KpiKeys;
import org.citysim.sim.metrics.Kpis;
import org.citysim.sim.metrics.RunResult;
import org.citysim.sim.metrics.TripRecord;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.scenario.ScenarioLoader;
import org.citysim.sim.scenario.ScenarioWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationBuilderTest {
  @TempDir Path dir;

  private static final String GRID = """
      name: small-grid
      simulation: {start: "07:00", end: "07:40", seed: 17}
      network:
        grid: {rows: 3, columns: 4, spacing: 150}
      demand:
        flows:
          - {from: r0c0, to: r2c3, rate: 300}
        random: {rate: 900}
      """;

  private static final String DEAD_END = """
      name: dead-end
      simulation: {start: 0, end: 1800}
      network:
        nodes:
          - {id: a, x: 0, y: 0}
          - {id: b, x: 100, y: 0}
          - {id: c, x: 200, y: 0}
        links:
          - {id: ab, from: a, to: b, length: 100, speed: 10}
          - {id: ba, from: b, to: a, length: 100, speed: 10}
          - {id: cb, from: c, to: b, length: 100, speed: 10}
      demand:
        flows:
          - {from: a, to: b, rate: 100}
          - {from: a, to: c, rate: 100}
      """;

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }

  private RunResult buildAndRun(Path file) throws Exception {
    Scenario s = new ScenarioLoader().load(file);
    return SimulationBuilder.build(s, ScenarioWriter.toYaml(s), file).run(ProgressListener.NONE);
  }

  private static long count(Kpis k, String key) {
    return k.get(key).longValue();
  }

  @Test
  void smallGrid_runResultKpis_areConsistentWithItsTripRecords() throws Exception {
    RunResult r = buildAndRun(write("grid.yaml", GRID));
    Kpis k = r.kpis();
    List<TripRecord> trips = r.trips();
    long arrived = trips.stream().filter(t -> t.status() == TripRecord.Status.ARRIVED).count();
    long enRoute = trips.stream().filter(t -> t.status() == TripRecord.Status.EN_ROUTE).count();
    long waiting = trips.stream().filter(t -> t.status() == TripRecord.Status.WAITING).count();
    assertTrue(arrived > 0, "some trips arrive: " + k);
    assertEquals(arrived, count(k, KpiKeys.ARRIVED));
    assertEquals(enRoute, count(k, KpiKeys.EN_ROUTE));
    assertEquals(waiting, count(k, KpiKeys.WAITING));
    assertEquals(count(k, KpiKeys.ARRIVED) + count(k, KpiKeys.EN_ROUTE),
        count(k, KpiKeys.INSERTED), "inserted = arrived + en route");
    assertEquals(trips.size(), count(k, KpiKeys.INSERTED) + count(k, KpiKeys.WAITING));
    double ttMean = k.get(KpiKeys.TT_MEAN).doubleValue();
    double delayMean = k.get(KpiKeys.DELAY_MEAN).doubleValue();
    assertTrue(ttMean >= delayMean, "travelTime.mean " + ttMean + " >= delay.mean " + delayMean);
    assertTrue(delayMean >= 0, "delay.mean " + delayMean + " is not negative");
    double meanFromRecords = trips.stream().filter(t -> t.status() == TripRecord.Status.ARRIVED)
        .mapToDouble(TripRecord::travelTime).average().orElseThrow();
    assertEquals(meanFromRecords, ttMean, 1e-3);
    for (TripRecord t : trips) {
      assertTrue(t.departure() >= r.start() && t.departure() <= r.end(), t.toString());
      if (t.status() == TripRecord.Status.ARRIVED) {
        assertTrue(t.arrival() <= r.end() && t.travelTime() >= t.freeFlowTime() - 1e-9,
            t.toString());
      }
    }
    assertEquals("small-grid", r.scenarioName());
    assertEquals(17, r.seed());
  }

  @Test
  void sameScenarioBuiltAndRunTwice_givesEqualRunResults() throws Exception {
    Path f = write("grid.yaml", GRID);
    RunResult a = buildAndRun(f);
    RunResult b = buildAndRun(f);
    assertTrue(a.trips().size() > 50, "test needs real demand");
    assertEquals(a.kpis(), b.kpis());
    assertEquals(a.trips(), b.trips());
    assertEquals(a.linkStats(), b.linkStats());
    assertEquals(a.series(), b.series());
    assertEquals(a, b);
  }

  @Test
  void flowToANodeThatCannotBeReached_isAScenarioErrorMentioningNoRoute() throws Exception {
    Path f = write("dead.yaml", DEAD_END);
    Scenario s = new ScenarioLoader().load(f);
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> SimulationBuilder.build(s, ScenarioWriter.toYaml(s), f));
    assertEquals(1, e.problems().size(), e.getMessage());
    Problem p = e.problems().get(0);
    assertTrue(p.message().contains("no route from a to c"), p.message());
    assertEquals("demand.flows[1]", p.field());
    assertEquals(f, p.file());
  }

  @Test
  void tripsCsvWithUnknownNode_isAScenarioErrorWithThatFileAndLine() throws Exception {
    Path csv = write("trips.csv", """
        id,departure,from,to
        t1,07:05,r0c0,r1c1
        t2,07:06,r0c0,nowhere
        """);
    Path f = write("csv.yaml", """
        name: with-trips
        simulation: {start: "07:00", end: "07:30"}
        network:
          grid: {rows: 2, columns: 2}
        demand:
          trips: [trips.csv]
        """);
    Scenario s = new ScenarioLoader().load(f);
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> SimulationBuilder.build(s, ScenarioWriter.toYaml(s), f));
    assertEquals(1, e.problems().size(), e.getMessage());
    Problem p = e.problems().get(0);
    assertEquals(csv.toAbsolutePath().normalize(), p.file().toAbsolutePath().normalize());
    assertEquals(3, p.line(), p.format());
    assertTrue(p.message().contains("nowhere"), p.message());
  }
}
