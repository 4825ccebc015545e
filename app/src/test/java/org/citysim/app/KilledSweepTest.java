package org.citysim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.RunTask;
import org.citysim.app.sweep.SweepFixtures;
import org.citysim.app.sweep.design.DesignPlan;
import org.citysim.app.sweep.file.DesignFactory;
import org.citysim.app.sweep.file.SweepFile;
import org.citysim.app.sweep.file.SweepFileLoader;
import org.citysim.app.sweep.run.ScenarioTaskRunner;
import org.citysim.app.sweep.store.ResultStore;
import org.citysim.app.sweep.store.ResultStores;
import org.citysim.app.sweep.store.StoredRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep killed while it runs (SIGKILL to a child JVM, no chance to clean up) keeps every run
 * it had recorded, intact, and {@code --resume} completes it to the rows an uninterrupted sweep
 * gives. The child prints a line per recorded run; the test kills it after the third.
 */
class KilledSweepTest {
  @TempDir Path tmp;

  private static final String SWEEP = """
      name: killed
      scenario: tiny.yaml
      seed: 21
      replications: 2
      design: full-factorial
      set: ["simulation.end=08:30"]
      parameters:
        - {path: demand.random.rate, min: 300, max: 900, steps: 5, integer: true}
        - {path: network.grid.signals.cycle, levels: [40, 50, 60, 70, 80, 100]}
      kpis: [delay.mean, vehicles.arrived, travelTime.p95]
      """;

  @Test
  void killedSweep_keepsCompletedRowsIntact_resumeEqualsUninterrupted() throws Exception {
    Path f = SweepFixtures.sweepFile(tmp.resolve("in"), SWEEP);
    Path out = tmp.resolve("killed");
    // The status command's first call in this JVM loads its classes, and DuckDB its native
    // library (about a second each): made before the child starts, so that the status check
    // below answers while the child still runs.
    assertTrue(Cli.run("sweep", "status", f.toString(), "--out", out.toString()).out()
        .contains("not started"));
    try (ResultStore warm = ResultStores.open(tmp.resolve("warm.duckdb"), false)) {
      warm.schema();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-Djava.awt.headless=true", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "sweep", f.toString(),
        "--out", out.toString(), "--parallel", "1");
    pb.redirectError(tmp.resolve("child-stderr.txt").toFile());
    Process child = pb.start();
    List<String> lines = new ArrayList<>();
    String status;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8))) {
      int recorded = 0;
      for (String line = r.readLine(); line != null && recorded < 3; line = r.readLine()) {
        lines.add(line);
        recorded += line.startsWith("run ") ? 1 : 0;
      }
      assertEquals(3, recorded, "the child ended early: " + lines + " "
          + Files.readString(tmp.resolve("child-stderr.txt")));
      // The child holds the store open for writing: status answers from progress.json.
      status = Cli.run("sweep", "status", f.toString(), "--out", out.toString()).out();
    } finally {
      child.destroyForcibly();
      child.waitFor();
    }
    assertTrue(status.startsWith("sweep killed: running, "), status);
    assertTrue(status.contains(" of 60 runs recorded (0 failed), started "), status);

    SweepFile sweep = new SweepFileLoader(DesignFactory.standard()).load(f);
    DesignPlan plan = sweep.plan();
    List<StoredRun> kept;
    try (ResultStore s = ResultStores.open(out.resolve("results.duckdb"), true)) {
      kept = s.runs();
    }
    assertTrue(kept.size() >= 3 && kept.size() < 60, "rows after the kill: " + kept.size());
    ScenarioTaskRunner direct = new ScenarioTaskRunner();
    for (StoredRun row : kept) {
      assertEquals(RunOutcome.Status.OK, row.status(), row.key());
      assertEquals(3, row.kpis().size(), row.key());
      RunTask task = new RunTask(row.point(), row.replication(), row.seed(),
          sweep.overrides(plan.points().get(row.point())));
      RunOutcome again = direct.run(sweep.job(1), task);
      assertEquals(again.kpis(), row.kpis(), row.key());
      assertEquals(plan.points().get(row.point()).values(), row.values(), row.key());
    }

    Cli resumed = Cli.run("sweep", "-q", f.toString(), "--out", out.toString(), "--resume");
    assertEquals(0, resumed.exit(), resumed.err());
    assertTrue(resumed.out().contains("(" + kept.size() + " recorded, " + (60 - kept.size())
        + " to make)"), resumed.out());
    Path whole = tmp.resolve("whole");
    assertEquals(0, Cli.run("sweep", "-q", f.toString(), "--out", whole.toString()).exit());
    assertEquals(SweepCommandTest.deterministic(rows(whole)),
        SweepCommandTest.deterministic(rows(out)));
    assertEquals(Files.readAllLines(whole.resolve("results.csv")).size(),
        Files.readAllLines(out.resolve("results.csv")).size());
  }

  private static List<StoredRun> rows(Path dir) throws Exception {
    try (ResultStore s = ResultStores.open(dir.resolve("results.duckdb"), true)) {
      return s.runs();
    }
  }

}
