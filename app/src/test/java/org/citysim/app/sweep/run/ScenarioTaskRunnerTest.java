package org.citysim.app.sweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.SweepFixtures;
import org.citysim.app.sweep.SweepJob;
import org.junit.jupiter.api.Test;

class ScenarioTaskRunnerTest {
  private static SweepJob job(List<String> kpis) throws Exception {
    Path file = SweepFixtures.TINY.toAbsolutePath();
    return new SweepJob(file.toString(), Files.readString(file), kpis, 1);
  }

  @Test
  void overrideTheScenarioRefuses_failedWithItsLocatedError() throws Exception {
    RunOutcome o = new ScenarioTaskRunner().run(job(List.of("delay.mean")),
        new RunTask(3, 1, 77, List.of("demand.random.rate=-5")));
    assertEquals(RunOutcome.Status.FAILED, o.status());
    assertTrue(o.error().contains("tiny.yaml: demand.random.rate: value -5 is out of range"
        + " (from --set demand.random.rate=-5)"), o.error());
    assertTrue(o.kpis().isEmpty());
    assertEquals(1, o.error().lines().count());
  }

  @Test
  void kpiTheRunDoesNotHave_failedSayingSo() throws Exception {
    RunOutcome o = new ScenarioTaskRunner().run(job(List.of("delay.mean", "aqi.peak")),
        new RunTask(0, 0, 1, List.of()));
    assertEquals(RunOutcome.Status.FAILED, o.status());
    assertTrue(o.error().startsWith("summary.json has no 'aqi.peak'"), o.error());
  }

  @Test
  void completedRun_kpisAndTheSeedOfTheTask() throws Exception {
    RunOutcome o = new ScenarioTaskRunner().run(
        job(List.of("delay.mean", "scenario.seed", "scenario.replication")),
        new RunTask(0, 2, 12345, List.of()));
    assertEquals(RunOutcome.Status.OK, o.status(), o.error());
    assertEquals(12345.0, o.kpis().get("scenario.seed"));
    assertEquals(2.0, o.kpis().get("scenario.replication"));
    assertTrue(o.kpis().get("delay.mean") > 0);
    assertTrue(o.wallSeconds() > 0);
  }
}
