package org.citysim.sim.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.citysim.sim.forecast.SensorDataset;
import org.citysim.sim.forecast.SensorDataset.DayInfo;
import org.citysim.sim.forecast.SensorDataset.Feature;
import org.citysim.sim.forecast.SensorDataset.SensorInfo;
import org.citysim.sim.forecast.SensorDataset.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder format: exact round trip, atomic replacement, located errors for bad files. */
class DatasetIoTest {
  @TempDir Path dir;

  /** Two days, three slots, three sensors, awkward values and ids. */
  private static SensorDataset sample() {
    List<SensorInfo> sensors = List.of(
        new SensorInfo("loop:a", "a", List.of(1, 2), 13.89),
        new SensorInfo("camera:b,\"x\"", "b,\"x\"", List.of(), 8.333333333333334),
        new SensorInfo("loop:c", "c", List.of(0), 27.5));
    List<DayInfo> days = List.of(
        new DayInfo(0, Split.TRAIN, 1.1234567890123457, -1740, "rain", Long.MIN_VALUE, 25_200.5,
            30_000, 3),
        new DayInfo(1, Split.TEST, 0.9, 0, "clear", 42, Double.NaN, Double.NaN, -1));
    float[] odd = {0f, -0f, 1e-7f, 3.4e38f, 0.1f, 123456.79f, Float.NaN, 1f / 3, 2.5e-45f};
    float[][][][] values = new float[2][3][3][3];
    boolean[][][] blocked = new boolean[2][3][3];
    int i = 0;
    for (int d = 0; d < 2; d++) {
      for (int k = 0; k < 3; k++) {
        for (int s = 0; s < 3; s++) {
          for (int f = 0; f < 3; f++) {
            values[d][k][s][f] = odd[i++ % odd.length];
          }
          blocked[d][k][s] = (d + k + s) % 4 == 0;
        }
      }
    }
    return new SensorDataset("town", "ab".repeat(32), -5, 300, 18_000, sensors,
        List.of(Feature.FLOW, Feature.SPEED, Feature.OCCUPANCY), days, values, blocked);
  }

  @Test
  void roundTrip_isExact() throws Exception {
    SensorDataset d = sample();
    new DatasetWriter().write(d, dir.resolve("ds"));
    SensorDataset back = new DatasetReader().read(dir.resolve("ds"));
    assertEquals(d.scenario(), back.scenario());
    assertEquals(d.fingerprint(), back.fingerprint());
    assertEquals(d.seed(), back.seed());
    assertEquals(d.interval(), back.interval());
    assertEquals(d.dayStart(), back.dayStart());
    assertEquals(d.sensors(), back.sensors());
    assertEquals(d.features(), back.features());
    assertEquals(d.days(), back.days());
    for (int day = 0; day < 2; day++) {
      for (int k = 0; k < 3; k++) {
        for (int s = 0; s < 3; s++) {
          for (int f = 0; f < 3; f++) {
            assertEquals(Float.floatToIntBits(d.values()[day][k][s][f]),
                Float.floatToIntBits(back.values()[day][k][s][f]), "bit for bit");
          }
        }
      }
    }
    assertTrue(Arrays.deepEquals(d.blocked(), back.blocked()));
    String csv = text(dir.resolve("ds/values.csv.gz"));
    assertTrue(csv.startsWith("day,slot,time_s,sensor,flow_veh_h,speed_m_s,occupancy,blocked\n"
        + "0,0,18000,loop:a,0,-0,0.0000001,1\n"), csv);
    assertTrue(csv.contains(",\"camera:b,\"\"x\"\"\","), "RFC 4180 quoting");
    assertFalse(csv.contains("E"), "no exponents");
  }

  @Test
  void writer_replacesADataSet_butRefusesOtherFolders() throws Exception {
    Path ds = dir.resolve("ds");
    new DatasetWriter().write(sample(), ds);
    new DatasetWriter().write(sample(), ds);
    try (var s = Files.list(dir)) {
      assertEquals(List.of("ds"), s.map(p -> p.getFileName().toString()).toList(),
          "no temporary or old folders left");
    }
    Path other = Files.createDirectories(dir.resolve("photos"));
    Files.writeString(other.resolve("cat.jpg"), "meow");
    IOException e = assertThrows(IOException.class,
        () -> new DatasetWriter().write(sample(), other));
    assertTrue(e.getMessage().contains("not a data set folder"), e.getMessage());
    assertTrue(Files.exists(other.resolve("cat.jpg")));
  }

  @Test
  void badJsonValue_namesFileLineAndField() throws Exception {
    Path ds = written();
    Path meta = ds.resolve("dataset.json");
    List<String> lines = Files.readAllLines(meta);
    int at = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("\"split\" : \"test\"")) {
        at = i;
        lines.set(i, lines.get(i).replace("test", "tset"));
      }
    }
    Files.write(meta, lines);
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> new DatasetReader().read(ds));
    assertEquals(meta + " line " + (at + 1) + ", field days[1].split: unknown split \"tset\""
        + " (expected train, validation or test)", e.getMessage());
    assertEquals(at + 1, e.line());
  }

  @Test
  void jsonProblems_areLocated() throws Exception {
    assertJson(s -> s.replace("\"seed\" : -5,", "\"seed\" : -5"), "", "not valid JSON");
    assertJson(s -> s.replace("\"freeSpeed_m_s\" : 27.5", "\"freeSpeed_m_s\" : \"fast\""),
        "sensors[2].freeSpeed_m_s", "expected a number, got \"fast\"");
    assertJson(s -> s.replace("\"incidents\" : 3,", ""), "days[0].incidents",
        "missing field 'incidents'");
    assertJson(s -> s.replace("\"version\" : 1", "\"version\" : 2"), "version",
        "unsupported version 2");
    assertJson(s -> s.replace("\"slots\"", "\"slotz\""), "slotz", "unknown field 'slotz'");
    assertJson(s -> s.replaceFirst("(\"downstream\" : \\[\\s*)1", "$17"),
        "sensors[0].downstream[0]", "expected a sensor index 0 to 2, got 7");
  }

  private void assertJson(UnaryOperator<String> edit, String field, String message)
      throws Exception {
    Path ds = written();
    Path meta = ds.resolve("dataset.json");
    String before = Files.readString(meta);
    String after = edit.apply(before);
    assertFalse(before.equals(after), "the edit for " + field + " changed nothing");
    Files.writeString(meta, after);
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> new DatasetReader().read(ds));
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.line() > 0, e.getMessage());
    assertTrue(e.getMessage().startsWith(meta.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void csvProblems_nameFileLineAndColumn() throws Exception {
    // List index n is line n + 1: the header, then (day 0, slot 0, loop:a), (0, 0, camera:b),
    // (0, 0, loop:c), (0, 1, loop:a), ...
    assertCsv(l -> l.set(1, l.get(1).replaceFirst(",-0,", ",fast,")), 2, "speed_m_s",
        "expected a number, or nothing for a missing value, got \"fast\"");
    assertCsv(l -> l.set(3, l.get(3).replace(",loop:c,", ",loop:z,")), 4, "sensor",
        "unknown sensor \"loop:z\"");
    assertCsv(l -> l.set(4, l.get(4).replaceFirst("^0,1,18300,", "0,1,18330,")), 5, "time_s",
        "expected 18300");
    assertCsv(l -> l.set(5, l.get(5).replaceFirst(",[01]$", ",yes")), 6, "blocked",
        "expected 0 or 1");
    assertCsv(l -> l.set(0, l.get(0).replace("speed_m_s", "speed")), 1, "header",
        "column 6 should be \"speed_m_s\", got \"speed\"");
    assertCsv(l -> l.set(6, l.get(5)), 7, "", "a second row for day 0, slot 1");
    assertCsv(l -> l.remove(7), 0, "", "no row for day 0, slot 2, sensor loop:a");
    assertCsv(l -> l.set(2, l.get(2) + ",9"), 3, "", "expected 8 fields as in the header, got 9");
  }

  private void assertCsv(java.util.function.Consumer<List<String>> edit, int line, String field,
      String message) throws Exception {
    Path ds = written();
    Path values = ds.resolve("values.csv.gz");
    List<String> lines = new ArrayList<>(List.of(text(values).split("\n")));
    edit.accept(lines);
    gzip(values, String.join("\n", lines) + "\n");
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> new DatasetReader().read(ds));
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.getMessage().startsWith(values.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), "one line");
  }

  @Test
  void damagedGzipAndMissingFiles_areClearErrors() throws Exception {
    Path ds = written();
    Path values = ds.resolve("values.csv.gz");
    byte[] full = Files.readAllBytes(values);
    Files.write(values, Arrays.copyOf(full, full.length / 2));
    DatasetFormatException cut = assertThrows(DatasetFormatException.class,
        () -> new DatasetReader().read(ds));
    assertTrue(cut.getMessage().contains("truncated"), cut.getMessage());
    Files.writeString(values, "day,slot\n");
    DatasetFormatException plain = assertThrows(DatasetFormatException.class,
        () -> new DatasetReader().read(ds));
    assertTrue(plain.getMessage().contains("not a gzip file"), plain.getMessage());
    Files.delete(ds.resolve("dataset.json"));
    DatasetFormatException none = assertThrows(DatasetFormatException.class,
        () -> new DatasetReader().read(ds));
    assertTrue(none.getMessage().contains("dataset.json: not found"), none.getMessage());
  }

  private Path written() throws IOException {
    Path ds = dir.resolve("ds" + System.nanoTime());
    new DatasetWriter().write(sample(), ds);
    return ds;
  }

  private static String text(Path gz) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void gzip(Path gz, String text) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(b)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    Files.write(gz, b.toByteArray());
  }

  @Test
  void sampleHasTheAwkwardValuesItClaims() {
    float[] flat = new float[54];
    int i = 0;
    for (float[][][] day : sample().values()) {
      for (float[][] slot : day) {
        for (float[] s : slot) {
          for (float v : s) {
            flat[i++] = v;
          }
        }
      }
    }
    assertArrayEquals(new float[] {0f, -0f, 1e-7f}, Arrays.copyOf(flat, 3));
  }
}
