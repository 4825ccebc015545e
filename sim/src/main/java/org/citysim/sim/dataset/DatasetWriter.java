package org.citysim.sim.dataset;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.citysim.sim.forecast.SensorDataset;
import org.citysim.sim.forecast.SensorDataset.DayInfo;
import org.citysim.sim.forecast.SensorDataset.Feature;
import org.citysim.sim.forecast.SensorDataset.SensorInfo;

/**
 * Writes a {@link SensorDataset} as a folder: {@code dataset.json} (metadata) and {@code
 * values.csv.gz} (one row per day, slot and sensor), as {@code docs/datasets.md} describes.
 * Numbers are written as the shortest decimals that read back exactly, so {@link DatasetReader}
 * gives back an equal data set; the same data set always gives the same bytes (on one JDK: the
 * gzip stream comes from its zlib).
 *
 * <p>The folder is written aside and moved into place, so a killed write never leaves a
 * half-written data set that looks complete. An existing data set folder (one holding {@code
 * dataset.json}) or an empty folder is replaced; any other existing path is refused.
 */
public final class DatasetWriter {
  private final ObjectMapper json = new ObjectMapper()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /**
   * Writes {@code d} into the folder {@code dir}.
   *
   * @throws IllegalArgumentException when {@code d}'s arrays do not match its days, sensors and
   *                                  features, or a value is infinite
   * @throws IOException              when {@code dir} is something else than a data set folder,
   *                                  or it cannot be written
   */
  public void write(SensorDataset d, Path dir) throws IOException {
    checkShape(d);
    Path target = dir.toAbsolutePath().normalize();
    checkReplaceable(target);
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
    try {
      try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(
          Files.newOutputStream(tmp.resolve(DatasetFiles.VALUES)), 1 << 16), 1 << 16);
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
        writeValues(d, w);
      }
      // Our own indenter: the default one ends lines with the platform's separator.
      DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      Files.writeString(tmp.resolve(DatasetFiles.METADATA),
          json.writer(pretty).writeValueAsString(metadata(d)) + "\n", StandardCharsets.UTF_8);
      replace(tmp, target);
    } finally {
      deleteTree(tmp);
    }
  }

  private static void checkReplaceable(Path target) throws IOException {
    if (!Files.exists(target)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new IOException(target + ": exists and is not a folder; give a new folder name");
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(target)) {
      if (s.iterator().hasNext() && !Files.isRegularFile(target.resolve(DatasetFiles.METADATA))) {
        throw new IOException(target + ": exists and is not a data set folder (no "
            + DatasetFiles.METADATA + "); give a new folder name");
      }
    }
  }

  /** Moves {@code tmp} to {@code target}; an old data set there goes aside first, then away. */
  private static void replace(Path tmp, Path target) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
      Files.delete(old);
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    if (old != null) {
      deleteTree(old);
    }
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    if (Files.isDirectory(p)) {
      try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
        for (Path c : s) {
          deleteTree(c);
        }
      }
    }
    Files.delete(p);
  }

  private static void checkShape(SensorDataset d) {
    int sensors = d.sensors().size();
    int features = d.features().size();
    int slots = d.slots();
    for (int day = 0; day < d.days().size(); day++) {
      if (d.days().get(day).index() != day) {
        throw new IllegalArgumentException("day " + day + " has index "
            + d.days().get(day).index());
      }
      float[][][] v = d.values()[day];
      boolean[][] b = d.blocked()[day];
      if (v.length != slots || b.length != slots) {
        throw new IllegalArgumentException("day " + day + " has " + v.length + " slots of values"
            + " and " + b.length + " of labels, expected " + slots);
      }
      for (int k = 0; k < slots; k++) {
        if (v[k].length != sensors || b[k].length != sensors) {
          throw new IllegalArgumentException("day " + day + ", slot " + k + ": expected "
              + sensors + " sensors");
        }
        for (float[] x : v[k]) {
          if (x.length != features) {
            throw new IllegalArgumentException("day " + day + ", slot " + k + ": expected "
                + features + " features");
          }
        }
      }
    }
  }

  private ObjectNode metadata(SensorDataset d) {
    ObjectNode root = json.createObjectNode();
    root.put("format", DatasetFiles.FORMAT);
    root.put("version", DatasetFiles.VERSION);
    root.put("scenario", d.scenario());
    root.put("fingerprint", d.fingerprint());
    root.put("seed", d.seed());
    root.put("interval_s", d.interval());
    root.put("dayStart_s", d.dayStart());
    root.put("slots", d.slots());
    root.put("values", DatasetFiles.VALUES);
    ArrayNode features = root.putArray("features");
    for (Feature f : d.features()) {
      ObjectNode o = features.addObject();
      o.put("name", DatasetFiles.name(f));
      o.put("column", DatasetFiles.column(f));
      o.put("unit", DatasetFiles.unit(f));
      o.put("description", DatasetFiles.description(f));
    }
    ArrayNode sensors = root.putArray("sensors");
    for (SensorInfo s : d.sensors()) {
      ObjectNode o = sensors.addObject();
      o.put("id", s.id());
      o.put("link", s.link());
      ArrayNode down = o.putArray("downstream");
      s.downstream().forEach(down::add);
      o.put("freeSpeed_m_s", s.freeSpeed());
    }
    ArrayNode days = root.putArray("days");
    for (DayInfo x : d.days()) {
      ObjectNode o = days.addObject();
      o.put("index", x.index());
      o.put("split", DatasetFiles.name(x.split()));
      o.put("demand", x.demand());
      o.put("shift_s", x.shift());
      o.put("weather", x.weather());
      putOrNull(o, "weatherFrom_s", x.weatherFrom());
      putOrNull(o, "weatherTo_s", x.weatherTo());
      o.put("incidents", x.incidents());
      o.put("seed", x.seed());
    }
    return root;
  }

  private static void putOrNull(ObjectNode o, String key, double v) {
    if (Double.isNaN(v)) {
      o.putNull(key);
    } else {
      o.put(key, v);
    }
  }

  private static void writeValues(SensorDataset d, Writer w) throws IOException {
    List<String> header = new java.util.ArrayList<>(DatasetFiles.KEY_COLUMNS);
    d.features().forEach(f -> header.add(DatasetFiles.column(f)));
    header.add(DatasetFiles.BLOCKED_COLUMN);
    w.write(String.join(",", header));
    w.write('\n');
    String[] ids = d.sensors().stream().map(s -> csv(s.id())).toArray(String[]::new);
    StringBuilder sb = new StringBuilder(128);
    for (int day = 0; day < d.days().size(); day++) {
      float[][][] v = d.values()[day];
      boolean[][] b = d.blocked()[day];
      for (int k = 0; k < v.length; k++) {
        String time = DatasetFiles.format(d.dayStart() + k * d.interval());
        for (int s = 0; s < ids.length; s++) {
          sb.setLength(0);
          sb.append(day).append(',').append(k).append(',').append(time).append(',')
              .append(ids[s]);
          for (int f = 0; f < d.features().size(); f++) {
            sb.append(',').append(DatasetFiles.format(v[k][s][f]));
          }
          sb.append(',').append(b[k][s] ? '1' : '0').append('\n');
          w.append(sb);
        }
      }
    }
  }

  /** A CSV field: quoted (RFC 4180) when it holds a comma or a quote. */
  static String csv(String s) {
    if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a sensor id must not contain a line break: " + s);
    }
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
