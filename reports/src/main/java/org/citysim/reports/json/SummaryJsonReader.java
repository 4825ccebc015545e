package org.citysim.reports.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a {@code summary.json} that {@link SummaryJsonWriter} wrote back into the scenario
 * identity and the KPIs under their dotted keys, in file order. Numbers come back as
 * {@link Long} (integral) or {@link Double}, null as NaN, strings as {@link String}.
 */
public final class SummaryJsonReader {
  /**
   * A summary read back.
   *
   * @param name        scenario name
   * @param seed        seed
   * @param replication replication index
   * @param start       simulated start [s since midnight]
   * @param end         simulated end [s since midnight]
   * @param kpis        KPIs by dotted key, in file order (read-only)
   */
  public record Summary(String name, long seed, int replication, double start, double end,
      Map<String, Object> kpis) {
    public Summary {
      kpis = Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
    }
  }

  /** The file is not a summary that citysim wrote. */
  public static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    Invalid(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }

    /** 1-based line of the problem, or 0 when unknown. */
    public int line() {
      return line;
    }

    /** 1-based column of the problem, or 0 when unknown. */
    public int column() {
      return column;
    }
  }

  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * Reads {@code file}.
   *
   * @throws IOException when the file cannot be read
   * @throws Invalid     when it is not JSON, or not a citysim summary
   */
  public Summary read(Path file) throws IOException, Invalid {
    JsonNode root;
    try {
      root = mapper.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new Invalid("not valid JSON: " + e.getOriginalMessage().replaceAll("\\s+", " "),
          at == null ? 0 : Math.max(0, at.getLineNr()),
          at == null ? 0 : Math.max(0, at.getColumnNr()));
    }
    if (root == null || !root.isObject()) {
      throw new Invalid("not a citysim summary: the top level is not an object", 1, 1);
    }
    JsonNode s = root.get("scenario");
    if (s == null || !s.isObject() || !s.path("name").isTextual()
        || !s.path("seed").isIntegralNumber()) {
      throw new Invalid("not a citysim summary: no \"scenario\" object with name and seed", 0,
          0);
    }
    Map<String, Object> kpis = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      if (f.getKey().equals("scenario")) {
        continue;
      }
      // Keys that could not nest were written flat under "unnested" with their full names.
      flatten(f.getKey().equals(SummaryJsonWriter.UNNESTED) ? "" : f.getKey(), f.getValue(),
          kpis);
    }
    return new Summary(s.get("name").asText(), s.get("seed").asLong(),
        s.path("replication").asInt(0), number(s.get("start")), number(s.get("end")), kpis);
  }

  private static void flatten(String prefix, JsonNode node, Map<String, Object> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> f = it.next();
        flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), f.getValue(), out);
      }
    } else if (node.isIntegralNumber()) {
      out.put(prefix, node.asLong());
    } else if (node.isNumber() || node.isNull()) {
      out.put(prefix, number(node));
    } else if (node.isTextual()) {
      out.put(prefix, node.asText());
    }
    // Arrays and booleans are not KPIs; a later citysim may add them, so they are skipped.
  }

  private static double number(JsonNode n) {
    return n == null || !n.isNumber() ? Double.NaN : n.asDouble();
  }
}
