package org.citysim.app.sweep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.RunTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbResultStoreTest {
  @TempDir Path tmp;

  private static final StoreSchema SCHEMA = new StoreSchema(List.of(
      new StoreSchema.Column("demand.random.rate", true),
      new StoreSchema.Column("agents[0].agent", false)), List.of("delay.mean", "aqi.peak"));

  private static RunOutcome ok(int point, int rep, double delay, double aqi) {
    return new RunOutcome(new RunTask(point, rep, 1000L * point + rep, List.of()),
        RunOutcome.Status.OK, null, 0.25, Map.of("delay.mean", delay, "aqi.peak", aqi));
  }

  @Test
  void rowsAndIdentity_roundTripThroughTheFile() throws Exception {
    Path file = tmp.resolve("results.duckdb");
    try (ResultStore s = ResultStores.open(file, false)) {
      assertNull(s.schema());
      s.initialise(SCHEMA, Map.of("sweep.sha256", "abc", "sweep.text", "a: 1\nb: 'x'\n"));
      s.record(ok(1, 0, 12.5, Double.NaN), List.of(2000.0, "pid"));
      s.record(new RunOutcome(new RunTask(0, 1, 7, List.of()), RunOutcome.Status.FAILED,
          "bad 'value'", 0.5, Map.of()), List.of(3000.0, "fixed-time"));
      s.record(ok(0, 0, 10.0, 98), List.of(3000.0, "fixed-time"));
      s.record(ok(1, 0, 11.5, 97), List.of(2000.0, "pid")); // replaces the first row of 1/0
    }
    try (ResultStore s = ResultStores.open(file, true)) {
      assertEquals(SCHEMA, s.schema());
      assertEquals("a: 1\nb: 'x'\n", s.metadata().get("sweep.text"));
      assertEquals("abc", s.metadata().get("sweep.sha256"));
      assertEquals(Map.of("0/0", RunOutcome.Status.OK, "0/1", RunOutcome.Status.FAILED,
          "1/0", RunOutcome.Status.OK), s.recorded());
      List<StoredRun> runs = s.runs();
      assertEquals(List.of(
          new StoredRun(0, 0, 0, RunOutcome.Status.OK, null, 0.25, List.of(3000.0, "fixed-time"),
              Map.of("delay.mean", 10.0, "aqi.peak", 98.0)),
          new StoredRun(0, 1, 7, RunOutcome.Status.FAILED, "bad 'value'", 0.5,
              List.of(3000.0, "fixed-time"), Map.of()),
          new StoredRun(1, 0, 1000, RunOutcome.Status.OK, null, 0.25, List.of(2000.0, "pid"),
              Map.of("delay.mean", 11.5, "aqi.peak", 97.0))), runs);
    }
  }

  @Test
  void nanKpi_keptAsNaN() throws Exception {
    Path file = tmp.resolve("results.duckdb");
    try (ResultStore s = ResultStores.open(file, false)) {
      s.initialise(SCHEMA, Map.of());
      s.record(ok(0, 0, Double.NaN, 3), List.of(1.0, "a"));
      assertTrue(s.runs().get(0).kpis().get("delay.mean").isNaN());
    }
  }

  @Test
  void exports_csvWithHeaderAndParquetWithEveryRow() throws Exception {
    Path file = tmp.resolve("results.duckdb");
    try (ResultStore s = ResultStores.open(file, false)) {
      s.initialise(SCHEMA, Map.of());
      s.record(ok(1, 0, 11.5, 97), List.of(2000.0, "pid"));
      s.record(ok(0, 0, 10.0, 98), List.of(3000.0, "fixed-time"));
      s.exportCsv(tmp.resolve("results.csv"));
      s.exportParquet(tmp.resolve("results.parquet"));
    }
    List<String> csv = Files.readAllLines(tmp.resolve("results.csv"));
    assertEquals(List.of("point,replication,seed,status,error,wall_seconds,demand.random.rate,"
        + "agents[0].agent,delay.mean,aqi.peak",
        "0,0,0,OK,,0.25,3000.0,fixed-time,10.0,98.0",
        "1,0,1000,OK,,0.25,2000.0,pid,11.5,97.0"), csv);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT point, \"agents[0].agent\", \"delay.mean\" FROM '"
            + tmp.resolve("results.parquet") + "' ORDER BY point")) {
      assertTrue(rs.next());
      assertEquals(0, rs.getInt(1));
      assertEquals("fixed-time", rs.getString(2));
      assertEquals(10.0, rs.getDouble(3));
      assertTrue(rs.next());
      assertEquals(11.5, rs.getDouble(3));
    }
    try (var files = Files.list(tmp)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".partial")));
    }
  }
}
