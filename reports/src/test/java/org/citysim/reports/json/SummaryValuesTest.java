package org.citysim.reports.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.citysim.reports.PollutionTestRuns;
import org.citysim.sim.metrics.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryValuesTest {
  @TempDir Path tmp;

  @Test
  void everyLeafOfTheWrittenFile_sameValueUnderItsPath() throws IOException {
    RunResult run = PollutionTestRuns.run();
    Path file = tmp.resolve("summary.json");
    new SummaryJsonWriter().write(run, file);
    Map<String, Object> values = SummaryValues.of(run);
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    int[] leaves = {0};
    walk("", root, (path, node) -> {
      leaves[0]++;
      Object v = values.get(path);
      if (node.isNumber()) {
        assertEquals(node.doubleValue(), (Double) v, path);
      } else if (node.isNull()) {
        assertTrue(Double.isNaN((Double) v), path);
      } else {
        assertEquals(node.asText(), String.valueOf(v), path);
      }
    });
    assertEquals(leaves[0], values.size());
    assertEquals(120.0, values.get("pollution.stations[0].peakAqi"));
    assertEquals("s1", values.get("pollution.stations[0].id"));
    assertEquals((double) run.seed(), values.get("scenario.seed"));
  }

  private static void walk(String path, JsonNode node,
      java.util.function.BiConsumer<String, JsonNode> leaf) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e ->
          walk(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), leaf));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(path + "[" + i + "]", node.get(i), leaf);
      }
    } else {
      leaf.accept(path, node);
    }
  }
}
