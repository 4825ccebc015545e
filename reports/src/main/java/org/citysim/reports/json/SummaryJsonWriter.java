package org.citysim.reports.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.citysim.sim.metrics.RunResult;

/**
 * Writes {@code summary.json}: a "scenario" object (name, seed, replication, start, end) and
 * the KPIs nested by their dotted keys ({@code vehicles.arrived} becomes
 * {@code {"vehicles": {"arrived": 123}}}), in insertion order. Text KPIs (a level of service
 * grade) are JSON strings, numbers are numbers, NaN is null. Runs with a pollution model get a
 * {@code pollution} object last (see {@link PollutionJson}).
 */
public final class SummaryJsonWriter {
  /** Where KPIs go whose dotted key collides with another KPI or with "scenario". */
  static final String UNNESTED = "unnested";

  private final JsonFiles json = new JsonFiles();

  /** Writes the summary of {@code result} to {@code file}. */
  public void write(RunResult result, Path file) throws IOException {
    json.write(toJson(result), file);
  }

  /**
   * Loads and initialises Jackson's writing path by serialising a small tree into memory (see
   * {@code RunReportWriter.warmUpInBackground}). Writes nothing.
   */
  public static void warmUp() {
    JsonFiles json = new JsonFiles();
    ObjectNode o = json.object();
    o.put("warm", 1);
    o.set("up", json.number(0.5));
    json.text(o);
  }

  /** The summary as a JSON tree (package-visible for tests). */
  ObjectNode toJson(RunResult result) {
    ObjectNode root = json.object();
    ObjectNode scenario = root.putObject("scenario");
    scenario.put("name", result.scenarioName());
    scenario.put("seed", result.seed());
    scenario.put("replication", result.replication());
    scenario.set("start", json.number(result.start()));
    scenario.set("end", json.number(result.end()));
    ObjectNode unnested = json.object();
    for (Map.Entry<String, Object> e : result.kpis().all().entrySet()) {
      JsonNode value = e.getValue() instanceof String text ? json.text(text)
          : json.number((Number) e.getValue());
      if (!insertNested(root, e.getKey(), value)) {
        // A key like "a" next to "a.b" cannot nest both ways; keep it flat rather than lose it.
        unnested.set(e.getKey(), value);
      }
    }
    if (!unnested.isEmpty()) {
      root.set(UNNESTED, unnested);
    }
    // Last, so files of runs without pollution keep their keys and order exactly.
    new PollutionJson(json).addTo(root, result.pollution());
    return root;
  }

  /** Places {@code value} under the dotted path; false if the path collides with a value. */
  private static boolean insertNested(ObjectNode root, String key, JsonNode value) {
    String[] parts = key.split("\\.", -1);
    ObjectNode parent = root;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode child = parent.get(parts[i]);
      if (child == null) {
        parent = parent.putObject(parts[i]);
      } else if (child.isObject() && !(i == 0 && parts[0].equals("scenario"))) {
        parent = (ObjectNode) child;
      } else {
        return false;
      }
    }
    String leaf = parts[parts.length - 1];
    if (parent.has(leaf) || (parent == root && leaf.equals("scenario"))) {
      return false;
    }
    parent.set(leaf, value);
    return true;
  }
}
