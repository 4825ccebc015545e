package org.citysim.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citysim.reports.compare.RunData;
import org.citysim.reports.compare.RunFolderException;
import org.citysim.sim.metrics.Kpis;
import org.citysim.sim.metrics.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonWriterTest {
  @TempDir Path tmp;

  /** The small run with control delay {@code delay} and LOS {@code los}. */
  private Path run(String name, double delay, String los, long arrived) throws IOException {
    RunResult r = TestRuns.withJunctions();
    Kpis k = new Kpis().put("vehicles.arrived", arrived).put("control.delay.mean", delay)
        .put("control.los", los).put("distance.total", 12.345);
    RunResult changed = new RunResult(r.scenarioName(), r.description(), r.seed(),
        r.replication(), r.start(), r.end(), r.resolvedScenario(), k, r.trips(), r.linkStats(),
        r.series(), r.network(), r.warnings(), r.agents(), r.junctions());
    return new RunReportWriter(false).write(changed, TestRuns.info(1), tmp.resolve(name));
  }

  private List<RunData> read(Path... dirs) {
    List<RunFolderException> problems = new ArrayList<>();
    List<RunData> runs = ComparisonWriter.read(List.of(dirs), problems);
    assertEquals(List.of(), problems);
    return runs;
  }

  @Test
  void write_tableCsvAndCharts() throws Exception {
    List<RunData> runs = read(run("base", 40.0, "D", 100), run("better", 30.0, "C", 110));
    Path out = new ComparisonWriter("0.1.0-test").write(runs, tmp.resolve("cmp"), true);
    assertEquals("""
        kpi,unit,better,base,better,better change [%],best
        vehicles.arrived,veh,higher,100,110,10.000,better
        control.delay.mean,s/veh,lower,40.000,30.000,-25.000,better
        control.los,A-F,lower,D,C,,better
        distance.total,veh-km,,12.345,12.345,0.000,
        """, Files.readString(out.resolve("comparison.csv")));
    String html = Files.readString(out.resolve("index.html"));
    assertTrue(html.contains("<th>base (reference)</th><th>better</th><th>change</th>"), html);
    assertTrue(html.contains("<tr><td><code>control.delay.mean</code></td><td>s/veh</td>"
        + "<td>lower</td><td class=\"num ref\">40</td><td class=\"num best\">\u2605 30</td>"
        + "<td class=\"num\">\u221225.0 %</td></tr>"), html);
    assertTrue(html.contains("<td class=\"num best\">\u2605 110</td><td class=\"num\">+10.0 %"));
    for (String f : List.of("vehicles-in-network", "junction-delay")) {
      assertTrue(Files.isRegularFile(out.resolve("charts/" + f + ".svg")), f);
      assertTrue(html.contains("src=\"charts/" + f + ".png\""), f);
    }
    assertFalse(Files.exists(tmp.resolve("cmp.partial")));
  }

  @Test
  void write_sameInputsTwice_identicalExceptPngs() throws Exception {
    List<RunData> runs = read(run("a", 40.0, "D", 100), run("b", 30.0, "C", 110));
    Path x = new ComparisonWriter("v").write(runs, tmp.resolve("x"), true);
    Path y = new ComparisonWriter("v").write(runs, tmp.resolve("y"), true);
    for (String f : List.of("index.html", "comparison.csv", "charts/vehicles-in-network.svg",
        "charts/junction-delay.svg")) {
      assertArrayEquals(Files.readAllBytes(x.resolve(f)), Files.readAllBytes(y.resolve(f)), f);
    }
  }

  @Test
  void labels_repeatedFolderNamesAreNumbered_andDefaultFolderJoinsThem() throws Exception {
    Path a = run("a/seed1", 1, "A", 1);
    Path b = run("b/seed1", 2, "A", 1);
    List<RunData> runs = read(a, b);
    assertEquals(List.of("seed1", "seed1 (2)"), runs.stream().map(RunData::label).toList());
    assertEquals(Path.of("runs", "compare-seed1-vs-seed1__2_"),
        ComparisonWriter.defaultFolder(runs));
  }

  @Test
  void read_collectsOneProblemPerBadFolder() throws Exception {
    List<RunFolderException> problems = new ArrayList<>();
    List<RunData> runs = ComparisonWriter.read(List.of(run("ok", 1, "A", 1),
        tmp.resolve("missing"), Files.createDirectories(tmp.resolve("empty"))), problems);
    assertEquals(1, runs.size());
    assertEquals(List.of("no such folder", "not a citysim run folder: it has no run.json"),
        problems.stream().map(Throwable::getMessage).toList());
  }

  @Test
  void write_refusesToReplaceARunFolderOrAFolderOfUserFiles() throws Exception {
    Path a = run("a", 1, "A", 1);
    List<RunData> runs = read(a, run("b", 2, "B", 1));
    assertTrue(ComparisonWriter.problem(a).orElseThrow().contains("comparison folder"));
    Path user = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(user.resolve("notes.txt"), "precious");
    assertTrue(ComparisonWriter.problem(user).isPresent());
    assertThrows(IOException.class, () -> new ComparisonWriter("v").write(runs, user, false));
    assertEquals("precious", Files.readString(user.resolve("notes.txt")));
    // An earlier comparison folder is replaced.
    Path cmp = new ComparisonWriter("v").write(runs, tmp.resolve("cmp"), false);
    assertTrue(ComparisonWriter.problem(cmp).isEmpty());
    new ComparisonWriter("v").write(runs, cmp, false);
    assertTrue(Files.isRegularFile(cmp.resolve("comparison.csv")));
  }
}
