package org.citysim.app.sweep.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.citysim.app.sweep.Parameter;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.SweepFixtures;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepFileLoaderTest {
  @TempDir Path tmp;

  private static final String GOOD = """
      name: t
      scenario: tiny.yaml
      seed: 9
      replications: 2
      design: {type: units, u: "0,0;1,1;0.5,0"}
      parameters:
        - {path: demand.random.rate, min: 300, max: 900, integer: true}
        - {path: network.grid.signals.cycle, levels: [40, 80]}
      set: ["outputs.sampleInterval=120"]
      kpis: [delay.mean, vehicles.arrived]
      report: {bestWorst: [delay.mean, {kpi: vehicles.arrived, better: higher}]}
      """;

  private SweepFile load(String yaml) throws ScenarioException {
    return new SweepFileLoader(SweepFixtures.UNITS).load(SweepFixtures.sweepFile(tmp, yaml));
  }

  private Problem only(String yaml) {
    ScenarioException e = assertThrows(ScenarioException.class, () -> load(yaml));
    assertEquals(1, e.problems().size(), e.getMessage());
    return e.problems().get(0);
  }

  @Test
  void validFile_givesTasksWithOverridesInParameterOrder() throws ScenarioException {
    SweepFile f = load(GOOD);
    assertEquals("t", f.name());
    assertEquals(tmp.resolve("tiny.yaml").toAbsolutePath().normalize(), f.scenario());
    List<RunTask> tasks = f.tasks(f.plan());
    assertEquals(6, tasks.size());
    assertEquals(List.of("outputs.sampleInterval=120", "demand.random.rate=900",
        "network.grid.signals.cycle=80"), tasks.get(2).overrides());
    assertEquals(1, tasks.get(2).point());
    assertEquals(0, tasks.get(2).replication());
    assertEquals(List.of(new BestWorst("delay.mean", false),
        new BestWorst("vehicles.arrived", true)), f.bestWorst());
    assertEquals(new Parameter.Range("demand.random.rate", 300, 900, true, 3),
        f.parameters().get(0));
  }

  @Test
  void commonRandomNumbers_sameSeedForAReplicationAtEveryPoint() throws ScenarioException {
    List<RunTask> tasks = load(GOOD).tasks(load(GOOD).plan());
    for (RunTask t : tasks) {
      RunTask first = tasks.get(t.replication());
      assertEquals(first.seed(), t.seed(), t.key());
    }
    assertTrue(tasks.get(0).seed() != tasks.get(1).seed(), "replications differ");
    SweepFile independent = load(GOOD.replace("replications: 2",
        "replications: 2\ncommonRandomNumbers: false"));
    List<RunTask> own = independent.tasks(independent.plan());
    assertEquals(own.size(), own.stream().mapToLong(RunTask::seed).distinct().count());
  }

  @Test
  void unknownKey_locatedWithDidYouMean() {
    Problem p = only(GOOD.replace("replications: 2", "replicatons: 2"));
    assertEquals(4, p.line());
    assertEquals("replicatons", p.field());
    assertTrue(p.hint().contains("did you mean 'replications'"), p.hint());
  }

  @Test
  void misspeltParameterPath_locatedAtTheParameterWithTheScenariosHint() {
    Problem p = only(GOOD.replace("path: demand.random.rate", "path: demand.random.rat"));
    assertEquals(7, p.line());
    assertEquals("parameters[0]", p.field());
    assertTrue(p.message().contains("the scenario refuses 'demand.random.rat=300'"),
        p.message());
    assertTrue(p.hint().contains("did you mean 'rate'"), p.hint());
  }

  @Test
  void valueTheScenarioRefuses_locatedAtTheParameter() {
    Problem p = only(GOOD.replace("levels: [40, 80]", "levels: [40, -5]"));
    assertEquals(8, p.line());
    assertTrue(p.message().contains("network.grid.signals.cycle=-5"), p.message());
  }

  @Test
  void minAboveMax_locatedAtMax() {
    Problem p = only(GOOD.replace("min: 300, max: 900", "min: 900, max: 300"));
    assertEquals(7, p.line());
    assertEquals("parameters[0].max", p.field());
    assertTrue(p.message().contains("max must be greater than min"), p.message());
  }

  @Test
  void missingScenarioFile_locatedAtScenario() {
    Problem p = only(GOOD.replace("scenario: tiny.yaml", "scenario: nowhere.yaml"));
    assertEquals(2, p.line());
    assertEquals("scenario", p.field());
    assertTrue(p.message().startsWith("scenario file not found: "), p.message());
    assertTrue(p.hint().contains("relative to the sweep file"), p.hint());
  }

  @Test
  void unknownKpi_didYouMean() {
    Problem p = only(GOOD.replace("[delay.mean, vehicles.arrived]",
        "[delay.mean, vehicles.arrived, travelTime.meen]"));
    assertEquals(10, p.line());
    assertTrue(p.hint().contains("did you mean 'travelTime.mean'"), p.hint());
  }

  @Test
  void refusedSetOverride_locatedAtItsEntry() {
    Problem p = only(GOOD.replace("outputs.sampleInterval=120", "outputs.sampleIntervl=120"));
    assertEquals(9, p.line());
    assertEquals("set[0]", p.field());
  }

  @Test
  void bestWorstOfAnotherKpi_refused() {
    Problem p = only(GOOD.replace("bestWorst: [delay.mean,", "bestWorst: [travelTime.mean,"));
    assertTrue(p.message().contains("not one of the sweep's kpis"), p.message());
  }

  @Test
  void unknownDesign_locatedAtItsType() {
    Problem p = only(GOOD.replace("type: units", "type: latin"));
    assertEquals(5, p.line());
    assertEquals("design.type", p.field());
    assertTrue(p.message().contains("unknown design 'latin'"), p.message());
  }

  @Test
  void seedAsParameter_refused() {
    Problem p = only(GOOD.replace("path: network.grid.signals.cycle", "path: simulation.seed"));
    assertTrue(p.message().contains("sets 'simulation.seed'"), p.message());
  }
}
