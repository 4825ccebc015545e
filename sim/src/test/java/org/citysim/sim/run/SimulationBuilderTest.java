package org.citysim.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citysim.sim.metrics.JunctionOutputs;
import org.citysim.sim.metrics.JunctionStats;
import org.citysim.sim.metrics.KpiKeys;
import org.citysim.sim.metrics.Kpis;
import org.citysim.sim.metrics.LevelOfService;
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
  void smallGrid_junctionKpisAgreeWithTheJunctionOutputs() throws Exception {
    RunResult r = buildAndRun(write("grid.yaml", GRID));
    JunctionOutputs j = r.junctions();
    // 3 x 4 grid: the 4 corners have two approaches and no signal.
    assertEquals(12 - 4, j.junctions().size());
    Kpis k = r.kpis();
    assertTrue(j.vehicles() > 100, "junctions serve traffic: " + j.vehicles());
    assertEquals(j.controlDelayMean(), k.get(KpiKeys.CONTROL_DELAY_MEAN).doubleValue(), 1e-3);
    assertEquals(LevelOfService.ofControlDelay(j.controlDelayMean()).name(),
        k.text(KpiKeys.CONTROL_LOS));
    assertEquals(j.stops(), count(k, KpiKeys.STOPS_TOTAL));
    assertEquals((double) j.stops() / count(k, KpiKeys.INSERTED),
        k.get(KpiKeys.STOPS_PER_VEHICLE).doubleValue(), 1e-3);
    assertEquals(j.queueMax(), count(k, KpiKeys.QUEUE_MAX));
    // 40 min sampled every 60 s (the default), both ends included.
    assertEquals(41, j.queues().get(0).times().length);
    for (int i = 0; i < j.junctions().size(); i++) {
      double sampledMax = java.util.Arrays.stream(j.queues().get(i).values()).max().orElse(0);
      assertTrue(sampledMax <= j.junctions().get(i).queueMax(),
          "no sample exceeds the exact maximum at " + j.junctions().get(i).junction());
    }
    // Control delay is the part of the network delay spent on signalised approaches.
    double controlTotal = j.junctions().stream().mapToDouble(JunctionStats::controlDelayTotal)
        .sum();
    double networkHours = k.get(KpiKeys.DELAY_NETWORK_VEH_HOURS).doubleValue();
    assertTrue(networkHours * 3600 >= controlTotal - 2, networkHours + " h vs " + controlTotal);
    assertTrue(k.get(KpiKeys.DELAY_NETWORK_MEAN).doubleValue() > 0);
  }

  @Test
  void gridWithoutSignals_hasNoJunctionKpisButTheNetworkDelay() throws Exception {
    RunResult r = buildAndRun(write("plain.yaml", GRID.replace("spacing: 150}",
        "spacing: 150, signals: {enabled: false}}")));
    assertTrue(r.junctions().isEmpty());
    assertEquals(null, r.kpis().get(KpiKeys.CONTROL_DELAY_MEAN));
    assertEquals(null, r.kpis().text(KpiKeys.CONTROL_LOS));
    assertTrue(r.kpis().get(KpiKeys.DELAY_NETWORK_VEH_HOURS).doubleValue() >= 0);
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
