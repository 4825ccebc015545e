package org.citysim.reports.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.citysim.sim.metrics.RunResult;

/**
 * The values of a run's {@code summary.json} by path, built in memory without writing the
 * file, for callers that need a few of them (a sweep collects its KPIs from every run this
 * way). Paths are the dotted keys of nested objects, with {@code [i]} for array elements:
 * {@code delay.mean}, {@code scenario.seed}, {@code pollution.stations[0].peakAqi}.
 */
public final class SummaryValues {
  private SummaryValues() {}

  /**
   * Every leaf of the summary of {@code result}, in file order: numbers as {@link Double}
   * (JSON null, which the file writes for NaN, as NaN), texts as {@link String}, booleans
   * as {@link Boolean}.
   */
  public static Map<String, Object> of(RunResult result) {
    Map<String, Object> out = new LinkedHashMap<>();
    flatten("", new SummaryJsonWriter().toJson(result), out);
    return out;
  }

  private static void flatten(String path, JsonNode node, Map<String, Object> out) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), out);
      }
    } else if (node.isNumber()) {
      out.put(path, node.doubleValue());
    } else if (node.isNull()) {
      out.put(path, Double.NaN);
    } else if (node.isBoolean()) {
      out.put(path, node.booleanValue());
    } else {
      out.put(path, node.asText());
    }
  }
}
