package org.citysim.sim.dataset;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.citysim.sim.forecast.SensorDataset.Feature;
import org.citysim.sim.forecast.SensorDataset.SensorInfo;

/**
 * Reads {@code values.csv.gz}: a header, then exactly one row per day, slot and sensor, in any
 * order. Every field is checked against the metadata; the first problem is reported with its
 * line and column name.
 */
final class ValuesReader {
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

  /** The values and labels read. */
  record Values(float[][][][] values, boolean[][][] blocked) {}

  private final Path file;
  private final int days;
  private final int slots;
  private final List<SensorInfo> sensors;
  private final List<Feature> features;
  private final double dayStart;
  private final double interval;
  private final List<String> header = new ArrayList<>(DatasetFiles.KEY_COLUMNS);
  private final Map<String, Integer> sensorIndex = new HashMap<>();

  ValuesReader(Path file, int days, int slots, List<SensorInfo> sensors, List<Feature> features,
      double dayStart, double interval) {
    this.file = file;
    this.days = days;
    this.slots = slots;
    this.sensors = sensors;
    this.features = features;
    this.dayStart = dayStart;
    this.interval = interval;
    features.forEach(f -> header.add(DatasetFiles.column(f)));
    header.add(DatasetFiles.BLOCKED_COLUMN);
    for (int s = 0; s < sensors.size(); s++) {
      sensorIndex.put(sensors.get(s).id(), s);
    }
  }

  Values read() throws DatasetFormatException {
    long cells = (long) days * slots * sensors.size();
    if (cells > Integer.MAX_VALUE) {
      throw new DatasetFormatException(file, 0, "", "too large: " + cells + " rows");
    }
    float[][][][] values = new float[days][slots][sensors.size()][features.size()];
    boolean[][][] blocked = new boolean[days][slots][sensors.size()];
    BitSet seen = new BitSet((int) cells);
    int line = 0;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
        BufferedReader r = new BufferedReader(new InputStreamReader(in,
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
      String text = r.readLine();
      line = 1;
      if (text == null) {
        throw error(1, "", "the file is empty; expected the header " + String.join(",", header));
      }
      checkHeader(split(text, 1));
      while ((text = r.readLine()) != null) {
        line++;
        if (text.isEmpty()) {
          throw error(line, "", "empty line; expected one row per day, slot and sensor");
        }
        List<String> f = split(text, line);
        if (f.size() != header.size()) {
          throw error(line, "", "expected " + header.size() + " fields as in the header, got "
              + f.size());
        }
        int day = index(f.get(0), line, "day", days);
        int slot = index(f.get(1), line, "slot", slots);
        double time = number(f.get(2), line, "time_s");
        double want = dayStart + slot * interval;
        if (Math.abs(time - want) > 1e-6 * Math.max(1, Math.abs(want))) {
          throw error(line, "time_s", "expected " + DatasetFiles.format(want) + " (dayStart_s + "
              + "slot x interval_s) for slot " + slot + ", got " + f.get(2));
        }
        Integer s = sensorIndex.get(f.get(3));
        if (s == null) {
          throw error(line, "sensor", "unknown sensor \"" + f.get(3) + "\" (not among the"
              + " sensors of " + DatasetFiles.METADATA + ")");
        }
        int cell = (day * slots + slot) * sensors.size() + s;
        if (seen.get(cell)) {
          throw error(line, "", "a second row for day " + day + ", slot " + slot + ", sensor "
              + f.get(3));
        }
        seen.set(cell);
        for (int k = 0; k < features.size(); k++) {
          values[day][slot][s][k] = value(f.get(4 + k), line, header.get(4 + k));
        }
        String b = f.get(header.size() - 1);
        if (!b.equals("0") && !b.equals("1")) {
          throw error(line, DatasetFiles.BLOCKED_COLUMN, "expected 0 or 1, got \"" + b + "\"");
        }
        blocked[day][slot][s] = b.equals("1");
      }
    } catch (NoSuchFileException e) {
      throw error(0, "", "not found");
    } catch (ZipException e) {
      throw error(line, "", "not a gzip file, or a damaged one (" + e.getMessage() + ")");
    } catch (EOFException e) {
      throw error(line, "", "the gzip stream ends early: the file is truncated");
    } catch (CharacterCodingException e) {
      throw error(line + 1, "", "not UTF-8 text");
    } catch (DatasetFormatException e) {
      throw e;
    } catch (IOException e) {
      throw error(line, "", "cannot read: " + e.getMessage());
    }
    int missing = seen.nextClearBit(0);
    if (missing < cells) {
      int s = missing % sensors.size();
      int k = missing / sensors.size() % slots;
      int d = missing / sensors.size() / slots;
      throw error(0, "", "no row for day " + d + ", slot " + k + ", sensor "
          + sensors.get(s).id() + " (expected one row per day, slot and sensor: " + cells
          + " rows; the file ends at line " + line + ")");
    }
    return new Values(values, blocked);
  }

  private void checkHeader(List<String> got) throws DatasetFormatException {
    for (int i = 0; i < Math.max(got.size(), header.size()); i++) {
      String g = i < got.size() ? got.get(i) : "(nothing)";
      String w = i < header.size() ? header.get(i) : "(nothing)";
      if (!g.equals(w)) {
        throw error(1, "header", "column " + (i + 1) + " should be \"" + w + "\", got \"" + g
            + "\" (expected " + String.join(",", header) + ")");
      }
    }
  }

  private int index(String s, int line, String column, int bound) throws DatasetFormatException {
    int v;
    try {
      v = Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw error(line, column, "expected a whole number, got \"" + s + "\"");
    }
    if (v < 0 || v >= bound) {
      throw error(line, column, "expected 0 to " + (bound - 1) + ", got " + v);
    }
    return v;
  }

  private double number(String s, int line, String column) throws DatasetFormatException {
    if (!plainNumber(s)) {
      throw error(line, column, "expected a number, got \"" + s + "\"");
    }
    return Double.parseDouble(s);
  }

  private float value(String s, int line, String column) throws DatasetFormatException {
    if (s.isEmpty() || s.equals("NaN")) {
      return Float.NaN;
    }
    if (!plainNumber(s)) {
      throw error(line, column, "expected a number, or nothing for a missing value, got \"" + s
          + "\"");
    }
    float v = Float.parseFloat(s);
    if (Float.isInfinite(v)) {
      throw error(line, column, "out of range: " + s);
    }
    return v;
  }

  /** Digits with an optional sign, point and exponent: what {@code parseFloat} should see. */
  private static boolean plainNumber(String s) {
    return NUMBER.matcher(s).matches();
  }

  /** The fields of a CSV line (RFC 4180 quotes; no line breaks inside fields). */
  private List<String> split(String text, int line) throws DatasetFormatException {
    List<String> out = new ArrayList<>(header.size());
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (true) {
      sb.setLength(0);
      if (i < text.length() && text.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= text.length()) {
            throw error(line, "", "a quoted field is not closed");
          }
          char c = text.charAt(i++);
          if (c == '"') {
            if (i < text.length() && text.charAt(i) == '"') {
              sb.append('"');
              i++;
            } else {
              break;
            }
          } else {
            sb.append(c);
          }
        }
        if (i < text.length() && text.charAt(i) != ',') {
          throw error(line, "", "text after a closing quote");
        }
      } else {
        int comma = text.indexOf(',', i);
        int end = comma < 0 ? text.length() : comma;
        sb.append(text, i, end);
        i = end;
      }
      out.add(sb.toString());
      if (i >= text.length()) {
        return out;
      }
      i++; // the comma
      if (i == text.length()) {
        out.add("");
        return out;
      }
    }
  }

  private DatasetFormatException error(int line, String column, String message) {
    return new DatasetFormatException(file, line, column, message);
  }
}
