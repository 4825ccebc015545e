package org.citysim.app.sweep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.citysim.app.sweep.RunOutcome;

/**
 * A results store in an embedded DuckDB file, through plain JDBC (DuckDB's own classes are
 * never named, so they load only when a store is opened). Tables: {@code runs}, one row per
 * run with primary key (point, replication), and {@code sweep}, key/value pairs of the sweep's
 * identity and the store's column layout.
 *
 * <p>Every {@link #record} is one auto-committed statement: DuckDB writes it to its
 * write-ahead log before returning, and a process killed later leaves the log for the next
 * open to replay, while a statement cut short is never committed. DuckDB lets one process open
 * a file for writing and no other process read it meanwhile; a second open fails as {@link
 * ResultStoreException#busy() busy}.
 */
final class DuckDbResultStore implements ResultStore {
  private static final int FIXED = 6;

  private final Path file;
  private final Connection db;
  private StoreSchema schema;
  private PreparedStatement insert;

  private DuckDbResultStore(Path file, Connection db) throws SQLException {
    this.file = file;
    this.db = db;
    this.schema = readSchema();
  }

  /** Opens (or, unless read-only, creates) the store file. */
  static DuckDbResultStore open(Path file, boolean readOnly) throws ResultStoreException {
    Properties p = new Properties();
    if (readOnly) {
      p.setProperty("duckdb.read_only", "true");
    }
    // A results store is small; DuckDB would otherwise size its pool to the machine.
    p.setProperty("threads", "1");
    p.setProperty("memory_limit", "256MB");
    Connection c = null;
    try {
      c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
      return new DuckDbResultStore(file, c);
    } catch (SQLException e) {
      closeQuietly(c);
      String m = String.valueOf(e.getMessage());
      boolean busy = m.contains("lock");
      throw new ResultStoreException(busy
          ? "the results store " + file + " is in use by another process (a sweep still "
              + "running?)"
          : "cannot open the results store " + file + ": " + firstLine(m), busy, e);
    }
  }

  @Override
  public StoreSchema schema() {
    return schema;
  }

  @Override
  public void initialise(StoreSchema schema, Map<String, String> metadata)
      throws ResultStoreException {
    if (this.schema != null) {
      throw new IllegalStateException("the store is initialised already");
    }
    StringBuilder ddl = new StringBuilder("CREATE TABLE runs (point INTEGER NOT NULL, "
        + "replication INTEGER NOT NULL, seed BIGINT NOT NULL, status VARCHAR NOT NULL, "
        + "error VARCHAR, wall_seconds DOUBLE NOT NULL");
    for (StoreSchema.Column c : schema.parameters()) {
      ddl.append(", ").append(quote(c.name())).append(c.numeric() ? " DOUBLE" : " VARCHAR");
    }
    for (String k : schema.kpis()) {
      ddl.append(", ").append(quote(k)).append(" DOUBLE");
    }
    ddl.append(", PRIMARY KEY (point, replication))");
    Map<String, String> meta = new LinkedHashMap<>(metadata);
    meta.put("store.parameters", String.join("\n", schema.parameters().stream()
        .map(c -> (c.numeric() ? "n:" : "s:") + c.name()).toList()));
    meta.put("store.kpis", String.join("\n", schema.kpis()));
    try {
      db.setAutoCommit(false);
      try (Statement s = db.createStatement()) {
        s.execute("CREATE TABLE sweep (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)");
        s.execute(ddl.toString());
      }
      try (PreparedStatement ps = db.prepareStatement("INSERT INTO sweep VALUES (?, ?)")) {
        for (Map.Entry<String, String> e : meta.entrySet()) {
          ps.setString(1, e.getKey());
          ps.setString(2, e.getValue());
          ps.executeUpdate();
        }
      }
      db.commit();
      db.setAutoCommit(true);
    } catch (SQLException e) {
      throw failure("cannot create the results store", e);
    }
    this.schema = schema;
  }

  @Override
  public Map<String, String> metadata() throws ResultStoreException {
    Map<String, String> out = new LinkedHashMap<>();
    if (schema == null) {
      return out;
    }
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT key, value FROM sweep ORDER BY key")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    } catch (SQLException e) {
      throw failure("cannot read the results store", e);
    }
    return out;
  }

  @Override
  public Map<String, RunOutcome.Status> recorded() throws ResultStoreException {
    Map<String, RunOutcome.Status> out = new LinkedHashMap<>();
    if (schema == null) {
      return out;
    }
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT point, replication, status FROM runs")) {
      while (rs.next()) {
        out.put(rs.getInt(1) + "/" + rs.getInt(2), RunOutcome.Status.valueOf(rs.getString(3)));
      }
    } catch (SQLException e) {
      throw failure("cannot read the results store", e);
    }
    return out;
  }

  @Override
  public void record(RunOutcome o, List<Object> values) throws ResultStoreException {
    if (values.size() != schema.parameters().size()) {
      throw new IllegalArgumentException("expected " + schema.parameters().size()
          + " parameter values, got " + values.size());
    }
    try {
      if (insert == null) {
        int n = FIXED + schema.parameters().size() + schema.kpis().size();
        insert = db.prepareStatement("INSERT OR REPLACE INTO runs VALUES ("
            + "?, ".repeat(n - 1) + "?)");
      }
      int i = 1;
      insert.setInt(i++, o.task().point());
      insert.setInt(i++, o.task().replication());
      insert.setLong(i++, o.task().seed());
      insert.setString(i++, o.status().name());
      insert.setString(i++, o.error());
      insert.setDouble(i++, o.wallSeconds());
      for (int p = 0; p < values.size(); p++) {
        Object v = values.get(p);
        if (schema.parameters().get(p).numeric()) {
          insert.setDouble(i++, ((Number) v).doubleValue());
        } else {
          insert.setString(i++, String.valueOf(v));
        }
      }
      for (String k : schema.kpis()) {
        Double v = o.kpis().get(k);
        if (v == null) {
          insert.setNull(i++, Types.DOUBLE);
        } else {
          insert.setDouble(i++, v);
        }
      }
      insert.executeUpdate();
    } catch (SQLException e) {
      throw failure("cannot record run " + o.task().key() + " in the results store", e);
    }
  }

  @Override
  public List<StoredRun> runs() throws ResultStoreException {
    List<StoredRun> out = new ArrayList<>();
    if (schema == null) {
      return out;
    }
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM runs ORDER BY point, replication")) {
      while (rs.next()) {
        List<Object> values = new ArrayList<>();
        int i = FIXED + 1;
        for (StoreSchema.Column c : schema.parameters()) {
          values.add(c.numeric() ? (Object) rs.getDouble(i++) : rs.getString(i++));
        }
        Map<String, Double> kpis = new LinkedHashMap<>();
        for (String k : schema.kpis()) {
          double v = rs.getDouble(i++);
          if (!rs.wasNull()) {
            kpis.put(k, v);
          }
        }
        out.add(new StoredRun(rs.getInt(1), rs.getInt(2), rs.getLong(3),
            RunOutcome.Status.valueOf(rs.getString(4)), rs.getString(5), rs.getDouble(6),
            values, kpis));
      }
    } catch (SQLException e) {
      throw failure("cannot read the results store", e);
    }
    return out;
  }

  @Override
  public void exportCsv(Path target) throws ResultStoreException {
    export(target, "HEADER, DELIMITER ','");
  }

  @Override
  public void exportParquet(Path target) throws ResultStoreException {
    export(target, "FORMAT PARQUET");
  }

  /** COPY into a temporary file beside {@code target}, then renamed over it. */
  private void export(Path target, String options) throws ResultStoreException {
    Path abs = target.toAbsolutePath();
    Path tmp = abs.resolveSibling("." + abs.getFileName() + ".partial");
    try (Statement s = db.createStatement()) {
      s.execute("COPY (SELECT * FROM runs ORDER BY point, replication) TO "
          + literal(tmp.toString()) + " (" + options + ")");
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (SQLException | IOException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // The export failed already; a leftover temporary file is named as one.
      }
      throw failure("cannot export the results to " + target, e);
    }
  }

  @Override
  public void close() throws ResultStoreException {
    try {
      if (insert != null) {
        insert.close();
      }
      db.close();
    } catch (SQLException e) {
      throw failure("cannot close the results store", e);
    }
  }

  /** The layout recorded by {@link #initialise}, or null when the store has no tables. */
  private StoreSchema readSchema() throws SQLException {
    try (ResultSet t = db.getMetaData().getTables(null, null, "sweep", null)) {
      if (!t.next()) {
        return null;
      }
    }
    Map<String, String> meta = new LinkedHashMap<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT key, value FROM sweep")) {
      while (rs.next()) {
        meta.put(rs.getString(1), rs.getString(2));
      }
    }
    List<StoreSchema.Column> params = new ArrayList<>();
    for (String line : lines(meta.get("store.parameters"))) {
      params.add(new StoreSchema.Column(line.substring(2), line.startsWith("n:")));
    }
    return new StoreSchema(params, lines(meta.get("store.kpis")));
  }

  private static List<String> lines(String s) {
    return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n"));
  }

  private ResultStoreException failure(String what, Exception e) {
    return new ResultStoreException(what + " (" + file + "): " + firstLine(e.getMessage()),
        false, e);
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("").trim();
  }

  /** A double-quoted SQL identifier. */
  static String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // Closing after a failed open; the open's error is the one to report.
      }
    }
  }
}
