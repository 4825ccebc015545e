package org.citysim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code citysim compare} on two real runs of grid town, and on folders that are not runs. */
class CompareCommandTest {
  private static final Path GRID_TOWN = Path.of("..", "scenarios", "grid-town.yaml");

  @TempDir
  static Path shared;
  static Path base;
  static Path busy;

  @TempDir
  Path tmp;

  @BeforeAll
  static void runTwice() {
    base = shared.resolve("grid-town-seed42");
    busy = shared.resolve("busy-seed7");
    Cli a = Cli.run("run", "-q", GRID_TOWN.toString(), "--out", base.toString());
    assertEquals(0, a.exit(), a.err());
    Cli b = Cli.run("run", "-q", GRID_TOWN.toString(), "--out", busy.toString(), "--seed", "7",
        "--set", "demand.random.rate=2700");
    assertEquals(0, b.exit(), b.err());
  }

  private static JsonNode summary(Path run) throws Exception {
    return new ObjectMapper().readTree(run.resolve("summary.json").toFile());
  }

  private static String percent(double change) {
    return String.format(Locale.ROOT, "%+.1f %%", change).replace('-', '\u2212');
  }

  @Test
  void compare_twoRuns_kpiTableShowsBothWithTheChangeAgainstTheFirst() throws Exception {
    Path out = tmp.resolve("cmp");
    Cli r = Cli.run("compare", base.toString(), busy.toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("comparison folder: " + out.toAbsolutePath().normalize()),
        r.out());
    String html = Files.readString(out.resolve("index.html"));
    assertTrue(html.contains("<th>grid-town-seed42 (reference)</th><th>busy-seed7</th>"
        + "<th>change</th>"), "both runs, the first as reference");
    JsonNode a = summary(base);
    JsonNode b = summary(busy);
    List<String> csv = Files.readAllLines(out.resolve("comparison.csv"));
    assertEquals("kpi,unit,better,grid-town-seed42,busy-seed7,busy-seed7 change [%],best",
        csv.get(0));
    for (String key : List.of("vehicles.arrived", "travelTime.mean", "control.delay.mean",
        "delay.network.vehHours", "stops.total")) {
      double va = a.at("/" + key.replace('.', '/')).asDouble();
      double vb = b.at("/" + key.replace('.', '/')).asDouble();
      assertTrue(va > 0 && vb > 0, key + " measured in both runs");
      double change = (vb - va) / Math.abs(va) * 100;
      String row = csv.stream().filter(l -> l.startsWith(key + ",")).findFirst().orElseThrow();
      String[] f = row.split(",");
      assertEquals(change, Double.parseDouble(f[5]), 0.0006, row);
      int at = html.indexOf("<code>" + key + "</code>");
      String htmlRow = html.substring(at, html.indexOf("</tr>", at));
      assertTrue(htmlRow.contains(">" + percent(change) + "</td>"), htmlRow + " / "
          + percent(change));
    }
    // 50 % more random demand: more vehicles arrive and more vehicle-hours of delay.
    assertTrue(b.at("/vehicles/arrived").asLong() > a.at("/vehicles/arrived").asLong());
    String los = csv.stream().filter(l -> l.startsWith("control.los,")).findFirst()
        .orElseThrow();
    assertTrue(los.matches("control\\.los,A-F,lower,[A-F],[A-F],,.*"), los);
    for (String chart : List.of("vehicles-in-network", "junction-delay")) {
      assertTrue(Files.size(out.resolve("charts/" + chart + ".png")) > 0, chart);
    }
  }

  @Test
  void compare_withoutOut_writesRunsCompareNames() throws Exception {
    // The default is relative to the working directory (the app module in tests).
    Path expected = Path.of("runs", "compare-grid-town-seed42-vs-busy-seed7");
    boolean hadRuns = Files.exists(expected.getParent());
    try {
      Cli r = Cli.run("compare", base.toString(), busy.toString());
      assertEquals(0, r.exit(), r.err());
      assertTrue(Files.isRegularFile(expected.resolve("index.html")));
    } finally {
      deleteTree(hadRuns ? expected : expected.getParent());
    }
  }

  private void assertOneLineUserErrors(Cli r, int lines) {
    assertEquals(2, r.exit(), r.err());
    assertEquals(lines, r.errLines().size(), r.err());
    for (String line : r.errLines()) {
      assertTrue(line.startsWith("error: "), line);
      assertFalse(line.contains("Exception") || line.contains("\tat "), line);
    }
  }

  @Test
  void compare_missingFolderAndNonRunFolder_exit2WithOneLineEach() throws Exception {
    Path missing = tmp.resolve("no-such-run");
    Path notRun = Files.createDirectories(tmp.resolve("photos"));
    Files.writeString(notRun.resolve("cat.jpg"), "meow");
    Path out = tmp.resolve("cmp");
    Cli r = Cli.run("compare", base.toString(), missing.toString(), notRun.toString(),
        "--out", out.toString());
    assertOneLineUserErrors(r, 2);
    assertEquals("error: " + missing + ": no such folder (hint: give the folder of a run, e.g. "
        + "runs/grid-town-seed42)", r.errLines().get(0));
    assertEquals("error: " + notRun + ": not a citysim run folder: it has no run.json (hint: "
        + "give a folder written by citysim run)", r.errLines().get(1));
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void compare_runFolderWithADamagedFile_namesTheFileAndLine() throws Exception {
    Path copy = tmp.resolve("copy");
    copyTree(busy, copy);
    Files.writeString(copy.resolve("series.csv"), "time,vehicles in network [veh]\n"
        + "25200.000,0.000\n25260.000,lots\n");
    Cli r = Cli.run("compare", base.toString(), copy.toString(), "--out",
        tmp.resolve("cmp").toString());
    assertOneLineUserErrors(r, 1);
    assertTrue(r.errLines().get(0).startsWith("error: " + copy.resolve("series.csv") + ":3: "
        + "column 'vehicles in network [veh]': 'lots' is not a number"), r.err());
  }

  @Test
  void compare_outIsARunFolder_refusedBeforeAnythingIsWritten() throws Exception {
    Cli r = Cli.run("compare", base.toString(), busy.toString(), "--out", busy.toString());
    assertOneLineUserErrors(r, 1);
    assertTrue(r.errLines().get(0).startsWith("error: --out: refusing to replace "), r.err());
    assertTrue(Files.isRegularFile(busy.resolve("run.json")), "the run folder is untouched");
  }

  @Test
  void compare_needsTwoRuns() {
    Cli r = Cli.run("compare", base.toString());
    assertEquals(2, r.exit(), r.err());
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void copyTree(Path from, Path to) throws java.io.IOException {
    try (var s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }
}
