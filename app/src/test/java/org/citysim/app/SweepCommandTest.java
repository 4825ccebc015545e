package org.citysim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.SweepFixtures;
import org.citysim.app.sweep.store.ResultStore;
import org.citysim.app.sweep.store.ResultStores;
import org.citysim.app.sweep.store.StoredRun;
import org.citysim.reports.json.SummaryJsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code citysim sweep} and {@code citysim sweep status} end to end, in-process. */
class SweepCommandTest {
  @TempDir Path tmp;

  /** 3 x 2 x 2 points x 2 replications; point (cycle 20, intergreen 12) is invalid. */
  static final String SWEEP = """
      name: cmd
      scenario: tiny.yaml
      seed: 11
      replications: 2
      design: full-factorial
      parameters:
        - {path: demand.random.rate, min: 300, max: 900, steps: 3, integer: true}
        - {path: network.grid.signals.cycle, levels: [20, 60]}
        - {path: network.grid.signals.intergreen, levels: [2, 12]}
      kpis: [delay.mean, vehicles.arrived]
      report: {bestWorst: [delay.mean]}
      """;

  private Path sweep(String yaml) {
    return SweepFixtures.sweepFile(tmp.resolve("in"), yaml);
  }

  private static List<StoredRun> rows(Path out) throws Exception {
    try (ResultStore s = ResultStores.open(out.resolve("results.duckdb"), true)) {
      return s.runs();
    }
  }

  /** The rows without wall times, which differ between sessions. */
  static List<String> deterministic(List<StoredRun> runs) {
    return runs.stream().map(r -> r.key() + " " + r.seed() + " " + r.status() + " "
        + r.error() + " " + r.values() + " " + r.kpis()).toList();
  }

  private void assertOneLocatedError(String yaml, int line, String text) {
    Path f = sweep(yaml);
    Cli r = Cli.run("sweep", f.toString(), "--out", tmp.resolve("out").toString());
    assertEquals(2, r.exit(), r.err());
    assertEquals(1, r.errLines().size(), r.err());
    String e = r.errLines().get(0);
    assertTrue(e.startsWith("error: " + f.toAbsolutePath().normalize() + ":" + line + ":"), e);
    assertTrue(e.contains(text), e);
    assertTrue(!Files.exists(tmp.resolve("out")), "nothing written for a refused sweep");
  }

  @Test
  void sweepFileErrors_oneLocatedLineEach_exit2() {
    assertOneLocatedError(SWEEP.replace("seed: 11", "sed: 11"), 3,
        "unknown key 'sed' (hint: did you mean 'seed'?");
    assertOneLocatedError(SWEEP.replace("demand.random.rate", "demand.random.rat"), 7,
        "the scenario refuses 'demand.random.rat=300'");
    assertOneLocatedError(SWEEP.replace("min: 300, max: 900", "min: 900, max: 300"), 7,
        "max must be greater than min");
    assertOneLocatedError(SWEEP.replace("scenario: tiny.yaml", "scenario: gone.yaml"), 2,
        "scenario file not found");
  }

  @Test
  void sweep_recordsEveryRun_invalidPointFailedOthersComplete_bestWorstReRunsMatch()
      throws Exception {
    Path out = tmp.resolve("out");
    Cli r = Cli.run("sweep", sweep(SWEEP).toString(), "--out", out.toString(), "--parallel",
        "2");
    assertEquals(0, r.exit(), r.err());
    List<StoredRun> runs = rows(out);
    assertEquals(24, runs.size());
    for (StoredRun run : runs) {
      boolean invalid = run.values().get(1).equals(20.0) && run.values().get(2).equals(12.0);
      assertEquals(invalid ? RunOutcome.Status.FAILED : RunOutcome.Status.OK, run.status(),
          run.key() + " " + run.error());
      if (invalid) {
        assertTrue(run.error().contains("cycle 20 s must exceed two intergreens of 12 s"),
            run.error());
        assertTrue(run.kpis().isEmpty());
      } else {
        assertEquals(2, run.kpis().size());
      }
    }
    assertTrue(r.err().contains("warning: 6 of 24 runs failed; first: point 1 replication 0"),
        r.err());
    assertEquals(25, Files.readAllLines(out.resolve("results.csv")).size());
    assertTrue(Files.size(out.resolve("results.parquet")) > 0);
    assertEquals(24, r.out().lines().filter(l -> l.startsWith("run ")).count());
    // The best and worst runs again, with their folders: the same KPI as stored.
    Matcher m = Pattern.compile("(best|worst) delay.mean: point (\\d+) replication (\\d+) "
        + "\\(([-0-9.E]+)\\): (\\S+)").matcher(r.out());
    int found = 0;
    while (m.find()) {
      found++;
      SummaryJsonReader.Summary s = new SummaryJsonReader().read(Path.of(m.group(5))
          .resolve("summary.json"));
      double stored = Double.parseDouble(m.group(4));
      assertEquals(stored, ((Number) s.kpis().get("delay.mean")).doubleValue());
      StoredRun row = runs.stream().filter(x -> x.key().equals(m.group(2) + "/" + m.group(3)))
          .findFirst().orElseThrow();
      assertEquals(stored, row.kpis().get("delay.mean"));
      assertEquals(row.seed(), s.seed());
    }
    assertEquals(2, found, r.out());
    // The sweep report: one row per design point, links to the re-made runs that resolve.
    Path report = out.resolve("report");
    assertTrue(r.out().contains("report: " + report.resolve("index.html").toAbsolutePath()
        .normalize()), r.out());
    List<String> points = Files.readAllLines(report.resolve("points.csv"));
    assertEquals(1 + 12, points.size(), String.join("\n", points));
    String html = Files.readString(report.resolve("index.html"));
    Matcher href = Pattern.compile("href=\"(\\.\\./runs/[^\"]+)\"").matcher(html);
    int hrefs = 0;
    while (href.find()) {
      hrefs++;
      assertTrue(Files.isRegularFile(report.resolve(href.group(1))), href.group(1));
    }
    assertTrue(hrefs >= 2, "links to the best and worst runs: " + hrefs);
    double best = runs.stream().filter(x -> x.status() == RunOutcome.Status.OK)
        .mapToDouble(x -> x.kpis().get("delay.mean")).min().orElseThrow();
    assertTrue(r.out().contains("best delay.mean: point") && r.out().contains("(" + best + ")"),
        r.out());
    assertTrue(Cli.run("sweep", "status", sweep(SWEEP).toString(), "--out", out.toString())
        .out().contains("finished, 24 of 24 runs recorded (6 failed)"));
    // Failed runs are kept on --resume, made again with --retry-failed (and fail again).
    Cli again = Cli.run("sweep", "-q", sweep(SWEEP).toString(), "--out", out.toString(),
        "--resume", "--retry-failed");
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.out().contains("(18 recorded, 6 to make)"), again.out());
    assertEquals(deterministic(runs), deterministic(rows(out)));
  }

  @Test
  void resume_makesOnlyTheMissingRuns_sameRowsAsOneSession() throws Exception {
    Path f = sweep(SWEEP);
    Path out = tmp.resolve("out");
    assertEquals(0, Cli.run("sweep", "-q", f.toString(), "--out", out.toString()).exit());
    List<String> whole = deterministic(rows(out));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + out.resolve(
        "results.duckdb")); Statement st = c.createStatement()) {
      assertEquals(10, st.executeUpdate("DELETE FROM runs WHERE point >= 7"));
    }
    Cli refused = Cli.run("sweep", f.toString(), "--out", out.toString());
    assertEquals(2, refused.exit());
    assertTrue(refused.err().contains("add --resume"), refused.err());
    assertTrue(Cli.run("sweep", "status", f.toString(), "--out", out.toString()).out()
        .contains("stopped, 14 of 24 runs recorded"));
    Cli resumed = Cli.run("sweep", "-q", f.toString(), "--out", out.toString(), "--resume");
    assertEquals(0, resumed.exit(), resumed.err());
    assertTrue(resumed.out().contains("(14 recorded, 10 to make)"), resumed.out());
    assertTrue(resumed.out().contains("made 10 now"), resumed.out());
    assertEquals(whole, deterministic(rows(out)));
  }

  @Test
  void resume_ofAChangedSweepFile_refused() throws Exception {
    Path out = tmp.resolve("out");
    assertEquals(0, Cli.run("sweep", "-q", sweep(SWEEP).toString(), "--out", out.toString())
        .exit());
    Cli r = Cli.run("sweep", sweep(SWEEP.replace("seed: 11", "seed: 12")).toString(),
        "--out", out.toString(), "--resume");
    assertEquals(2, r.exit());
    assertEquals(List.of("error: --resume: the sweep file changed since the sweep in this "
        + "folder started (hint: a resumed sweep must be the same sweep: restore the file, or "
        + "start a new sweep with another --out)"), r.errLines());
  }

  @Test
  void sparkEngine_recordsTheRowsOfTheLocalEngine_andResumesAtAnotherParallelism()
      throws Exception {
    Path f = sweep(SWEEP);
    Path local = tmp.resolve("local");
    assertEquals(0, Cli.run("sweep", "-q", f.toString(), "--out", local.toString(),
        "--parallel", "2").exit());
    Path spark = tmp.resolve("spark");
    Cli r = Cli.run("sweep", "-q", f.toString(), "--out", spark.toString(), "--engine", "spark",
        "--parallel", "2");
    assertEquals(0, r.exit(), r.err());
    List<String> expected = deterministic(rows(local));
    assertEquals(expected, deterministic(rows(spark)));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + spark.resolve(
        "results.duckdb")); Statement st = c.createStatement()) {
      assertEquals(10, st.executeUpdate("DELETE FROM runs WHERE point >= 7"));
    }
    Cli resumed = Cli.run("sweep", "-q", f.toString(), "--out", spark.toString(), "--resume",
        "--engine", "spark", "--parallel", "1");
    assertEquals(0, resumed.exit(), resumed.err());
    assertTrue(resumed.out().contains("made 10 now"), resumed.out());
    assertEquals(expected, deterministic(rows(spark)));
  }

  @Test
  void sobolSweep_reportHasSobolIndicesOfEachParameter_andEveryPoint() throws Exception {
    String sobol = """
        name: sobol
        scenario: tiny.yaml
        seed: 3
        replications: 1
        design: {type: sobol, samples: 8}
        parameters:
          - {path: demand.random.rate, min: 300, max: 900, integer: true}
          - {path: network.grid.signals.cycle, min: 30, max: 90}
        kpis: [delay.mean]
        """;
    Path out = tmp.resolve("out");
    Cli r = Cli.run("sweep", "-q", sweep(sobol).toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(8 * (2 + 2), rows(out).size());
    Path report = out.resolve("report");
    assertEquals(1 + 8 * (2 + 2), Files.readAllLines(report.resolve("points.csv")).size());
    String html = Files.readString(report.resolve("index.html"));
    String table = html.substring(html.indexOf("<table class=\"sobol\">"));
    table = table.substring(0, table.indexOf("</table>"));
    for (String p : List.of("demand.random.rate", "network.grid.signals.cycle")) {
      // S1 of the parameter, a number: 8 base samples are few, but the cycle moves delay.
      assertTrue(Pattern.compile("<tr><td><code>" + Pattern.quote(p) + "</code></td>"
          + "<td class=\"num\">-?[0-9.]+(E-?[0-9]+)?</td>").matcher(table).find(),
          "a row of indices for " + p + " in " + table);
    }
    assertTrue(Files.isRegularFile(report.resolve("charts/sobol-0-delay.mean.svg")));
  }

  @Test
  void status_beforeTheSweep_notStarted() {
    Cli r = Cli.run("sweep", "status", sweep(SWEEP).toString(), "--out",
        tmp.resolve("out").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("sweep cmd: not started"), r.out());
  }
}
