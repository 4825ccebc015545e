package org.citysim.reports.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.citysim.reports.RunReportWriter;
import org.citysim.reports.TestRuns;
import org.citysim.sim.metrics.TimeSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderReaderTest {
  @TempDir Path tmp;

  private Path written() throws Exception {
    return new RunReportWriter(false).write(TestRuns.withJunctions(), TestRuns.info(1),
        tmp.resolve("run"));
  }

  @Test
  void read_givesBackWhatTheRunFolderHolds() throws Exception {
    RunData d = new RunFolderReader().read(written(), "r");
    assertEquals("grid <3x3>", d.scenario());
    assertEquals(42, d.seed());
    assertEquals(1, d.replication());
    assertEquals(25200.0, d.start());
    assertEquals(3L, d.kpis().get("vehicles.arrived"));
    assertEquals("D", d.kpis().get("control.los"));
    assertTrue(Double.isNaN((Double) d.kpis().get("travelTime.p95")), "null is NaN");
    assertEquals(7L, d.kpis().get("custom.thing"));
    TimeSeries v = d.series("vehicles in network").orElseThrow();
    assertEquals("veh", v.unit());
    assertEquals(5.0, v.values()[2]);
    assertEquals(3, d.junctions().size());
    assertEquals(new JunctionRow("j,1", 120, 12.5, "B"), d.junctions().get(0));
    assertTrue(Double.isNaN(d.junctions().get(2).controlDelay()));
  }

  private RunFolderException refused(Path dir) {
    return assertThrows(RunFolderException.class, () -> new RunFolderReader().read(dir, "x"));
  }

  @Test
  void missingFolder_fileOrForeignFolder_areRefused() throws Exception {
    assertEquals("no such folder", refused(tmp.resolve("nope")).getMessage());
    Path file = Files.writeString(tmp.resolve("f.txt"), "x");
    assertEquals("not a folder", refused(file).getMessage());
    Path foreign = Files.createDirectories(tmp.resolve("foreign"));
    Files.writeString(foreign.resolve("summary.json"), "{}");
    assertEquals("not a citysim run folder: it has no run.json", refused(foreign).getMessage());
  }

  @Test
  void olderRunFolderWithoutSeries_isRefusedWithAHint() throws Exception {
    Path dir = written();
    Files.delete(dir.resolve("series.csv"));
    RunFolderException e = refused(dir);
    assertEquals("the run folder has no series.csv (older citysim versions did not write it)",
        e.getMessage());
    assertTrue(e.hint().contains("run the scenario again"));
  }

  @Test
  void brokenFiles_areRefusedWithTheirLine() throws Exception {
    Path dir = written();
    Files.writeString(dir.resolve("summary.json"), "{\n  \"scenario\": {\n  oops\n}");
    RunFolderException e = refused(dir);
    assertEquals(dir.resolve("summary.json"), e.file());
    assertEquals(3, e.line());
    assertTrue(e.getMessage().startsWith("not valid JSON"), e.getMessage());

    dir = new RunReportWriter(false).write(TestRuns.withJunctions(), TestRuns.info(1),
        tmp.resolve("run2"));
    Files.writeString(dir.resolve("junctions.csv"), Files.readString(dir.resolve(
        "junctions.csv")).replace("j2,3,60,", "j2,3,sixty,"));
    e = refused(dir);
    assertEquals(3, e.line());
    assertEquals("column 'vehicles': 'sixty' is not a number", e.getMessage());

    Files.writeString(dir.resolve("junctions.csv"), "junction,vehicles\nj1,3,4\n");
    assertEquals("the row has 3 fields, the header 2", refused(dir).getMessage());
  }

  @Test
  void summaryOfSomethingElse_isRefused() throws Exception {
    Path dir = written();
    Files.writeString(dir.resolve("summary.json"), "{\"name\": \"x\"}");
    assertTrue(refused(dir).getMessage().startsWith("not a citysim summary"));
  }
}
