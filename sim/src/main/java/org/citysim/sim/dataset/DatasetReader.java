package org.citysim.sim.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citysim.sim.forecast.SensorDataset;
import org.citysim.sim.forecast.SensorDataset.DayInfo;
import org.citysim.sim.forecast.SensorDataset.Feature;
import org.citysim.sim.forecast.SensorDataset.SensorInfo;
import org.citysim.sim.forecast.SensorDataset.Split;

/**
 * Reads a data set folder written by {@link DatasetWriter} (or by anyone following {@code
 * docs/datasets.md}) back into a {@link SensorDataset}. Everything is checked; the first problem
 * is reported as a {@link DatasetFormatException} naming the file, the line and the field.
 */
public final class DatasetReader {
  private static final List<String> TOP = List.of("format", "version", "scenario",
      "fingerprint", "seed", "interval_s", "dayStart_s", "slots", "values", "features",
      "sensors", "days");
  private static final List<String> FEATURE_KEYS = List.of("name", "column", "unit",
      "description");
  private static final List<String> SENSOR_KEYS = List.of("id", "link", "downstream",
      "freeSpeed_m_s");
  private static final List<String> DAY_KEYS = List.of("index", "split", "demand", "shift_s",
      "weather", "weatherFrom_s", "weatherTo_s", "incidents", "seed");
  private static final List<String> WEATHERS = List.of("clear", "rain", "fog");

  /** Reads the data set in folder {@code dir}. */
  public SensorDataset read(Path dir) throws IOException {
    Path meta = dir.resolve(DatasetFiles.METADATA);
    byte[] text;
    try {
      text = Files.readAllBytes(meta);
    } catch (NoSuchFileException e) {
      throw new DatasetFormatException(meta, 0, "", "not found: a data set folder holds "
          + DatasetFiles.METADATA + " and " + DatasetFiles.VALUES);
    }
    JsonFields j = new JsonFields(meta, text);
    JsonNode r = j.root();
    j.checkKeys(r, "", TOP);
    String format = j.text(r, "", "format");
    if (!format.equals(DatasetFiles.FORMAT)) {
      throw j.error("format", "expected \"" + DatasetFiles.FORMAT + "\", got \"" + format
          + "\"");
    }
    long version = j.integer(r, "", "version");
    if (version != DatasetFiles.VERSION) {
      throw j.error("version", "unsupported version " + version + "; this citysim reads version "
          + DatasetFiles.VERSION);
    }
    String scenario = j.text(r, "", "scenario");
    String fingerprint = j.text(r, "", "fingerprint");
    if (!fingerprint.matches("[0-9a-f]{64}")) {
      throw j.error("fingerprint", "expected 64 lower-case hex digits (SHA-256)");
    }
    long seed = j.integer(r, "", "seed");
    double interval = j.number(r, "", "interval_s", Double.MIN_VALUE);
    double dayStart = j.number(r, "", "dayStart_s", 0);
    long slots = j.integer(r, "", "slots");
    if (slots < 0 || slots > 1_000_000) {
      throw j.error("slots", "expected 0 to 1000000 slots per day, got " + slots);
    }
    String values = j.text(r, "", "values");
    if (values.contains("/") || values.contains("\\") || values.startsWith(".")) {
      throw j.error("values", "expected a file name in the folder, got \"" + values + "\"");
    }
    List<Feature> features = features(j, j.array(r, "", "features"));
    List<SensorInfo> sensors = sensors(j, j.array(r, "", "sensors"));
    List<DayInfo> days = days(j, j.array(r, "", "days"));
    ValuesReader.Values v = new ValuesReader(dir.resolve(values), days.size(), (int) slots,
        sensors, features, dayStart, interval).read();
    return new SensorDataset(scenario, fingerprint, seed, interval, dayStart, sensors, features,
        days, v.values(), v.blocked());
  }

  private static List<Feature> features(JsonFields j, JsonNode a) throws DatasetFormatException {
    List<Feature> out = new ArrayList<>();
    if (a.isEmpty()) {
      throw j.error("features", "expected at least one feature");
    }
    for (int i = 0; i < a.size(); i++) {
      String p = "features[" + i + "]";
      JsonNode o = a.get(i);
      if (!o.isObject()) {
        throw j.error(p, "expected an object {name, column, unit, description}");
      }
      j.checkKeys(o, p, FEATURE_KEYS);
      String name = j.text(o, p, "name");
      Feature f = null;
      for (Feature x : Feature.values()) {
        if (DatasetFiles.name(x).equals(name)) {
          f = x;
        }
      }
      if (f == null) {
        throw j.error(p + ".name", "unknown feature \"" + name + "\" (expected flow, speed or"
            + " occupancy)");
      }
      if (out.contains(f)) {
        throw j.error(p + ".name", "feature \"" + name + "\" is listed twice");
      }
      expect(j, o, p, "column", DatasetFiles.column(f));
      expect(j, o, p, "unit", DatasetFiles.unit(f));
      out.add(f);
    }
    return out;
  }

  private static void expect(JsonFields j, JsonNode o, String p, String key, String want)
      throws DatasetFormatException {
    String got = j.text(o, p, key);
    if (!got.equals(want)) {
      throw j.error(p + "." + key, "expected \"" + want + "\", got \"" + got + "\"");
    }
  }

  private static List<SensorInfo> sensors(JsonFields j, JsonNode a)
      throws DatasetFormatException {
    List<SensorInfo> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < a.size(); i++) {
      String p = "sensors[" + i + "]";
      JsonNode o = a.get(i);
      if (!o.isObject()) {
        throw j.error(p, "expected an object {id, link, downstream, freeSpeed_m_s}");
      }
      j.checkKeys(o, p, SENSOR_KEYS);
      String id = j.text(o, p, "id");
      if (!ids.add(id)) {
        throw j.error(p + ".id", "sensor \"" + id + "\" is listed twice");
      }
      String link = j.text(o, p, "link");
      JsonNode down = j.array(o, p, "downstream");
      List<Integer> ds = new ArrayList<>();
      for (int k = 0; k < down.size(); k++) {
        long x = j.integer(down.get(k), p + ".downstream[" + k + "]");
        if (x < 0 || x >= a.size()) {
          throw j.error(p + ".downstream[" + k + "]", "expected a sensor index 0 to "
              + (a.size() - 1) + ", got " + x);
        }
        ds.add((int) x);
      }
      double free = j.number(o, p, "freeSpeed_m_s", Double.MIN_VALUE);
      out.add(new SensorInfo(id, link, ds, free));
    }
    return out;
  }

  private static List<DayInfo> days(JsonFields j, JsonNode a) throws DatasetFormatException {
    List<DayInfo> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      String p = "days[" + i + "]";
      JsonNode o = a.get(i);
      if (!o.isObject()) {
        throw j.error(p, "expected an object {index, split, demand, ...}");
      }
      j.checkKeys(o, p, DAY_KEYS);
      long index = j.integer(o, p, "index");
      if (index != i) {
        throw j.error(p + ".index", "expected " + i + " (days in order from 0), got " + index);
      }
      String s = j.text(o, p, "split");
      Split split = null;
      for (Split x : Split.values()) {
        if (DatasetFiles.name(x).equals(s)) {
          split = x;
        }
      }
      if (split == null) {
        throw j.error(p + ".split", "unknown split \"" + s + "\" (expected train, validation"
            + " or test)");
      }
      double demand = j.number(o, p, "demand", Double.MIN_VALUE);
      double shift = j.number(o, p, "shift_s", Double.NEGATIVE_INFINITY);
      String weather = j.text(o, p, "weather");
      if (!WEATHERS.contains(weather)) {
        throw j.error(p + ".weather", "unknown weather \"" + weather + "\" (expected clear, rain"
            + " or fog)");
      }
      double from = j.numberOrNull(o, p, "weatherFrom_s");
      double to = j.numberOrNull(o, p, "weatherTo_s");
      if (Double.isNaN(from) != Double.isNaN(to) || !Double.isNaN(from) && !(to > from)) {
        throw j.error(p + ".weatherTo_s", "expected both weather times null, or weatherTo_s"
            + " after weatherFrom_s");
      }
      long incidents = j.integer(o, p, "incidents");
      if (incidents < -1 || incidents > Integer.MAX_VALUE) {
        throw j.error(p + ".incidents", "expected a count, or -1 when unknown, got " + incidents);
      }
      long seed = j.integer(o, p, "seed");
      out.add(new DayInfo(i, split, demand, shift, weather, seed, from, to, (int) incidents));
    }
    return out;
  }
}
