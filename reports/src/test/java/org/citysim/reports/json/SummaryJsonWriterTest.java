package org.citysim.reports.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.citysim.reports.TestRuns;
import org.citysim.sim.metrics.Kpis;
import org.citysim.sim.metrics.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryJsonWriterTest {
  @TempDir Path tmp;

  private JsonNode writeAndRead(RunResult r) throws IOException {
    Path f = tmp.resolve("summary.json");
    new SummaryJsonWriter().write(r, f);
    return new ObjectMapper().readTree(f.toFile());
  }

  @Test
  void kpis_areNestedByDottedKeyWithInputValues() throws IOException {
    RunResult r = TestRuns.small();
    JsonNode root = writeAndRead(r);

    for (Map.Entry<String, Number> e : r.kpis().asMap().entrySet()) {
      String[] parts = e.getKey().split("\\.");
      JsonNode node = root;
      for (String p : parts) {
        node = node.get(p);
      }
      double expected = e.getValue().doubleValue();
      if (Double.isNaN(expected)) {
        assertTrue(node.isNull(), e.getKey() + " should be null");
      } else {
        assertEquals(expected, node.asDouble(), 0.0, e.getKey());
      }
    }
    assertTrue(root.get("vehicles").get("arrived").isIntegralNumber());
    assertEquals(3, root.get("vehicles").get("arrived").asLong());
    assertEquals(412.5, root.get("travelTime").get("mean").asDouble());
    assertTrue(root.get("travelTime").get("mean").isFloatingPointNumber());
  }

  @Test
  void scenarioObject_holdsIdentityOfTheRun() throws IOException {
    JsonNode s = writeAndRead(TestRuns.small()).get("scenario");
    assertEquals("grid <3x3>", s.get("name").asText());
    assertEquals(42, s.get("seed").asLong());
    assertEquals(1, s.get("replication").asInt());
    assertEquals(25200.0, s.get("start").asDouble());
    assertEquals(28800.0, s.get("end").asDouble());
  }

  @Test
  void keys_keepInsertionOrder() throws IOException {
    JsonNode root = writeAndRead(TestRuns.small());
    List<String> top = new ArrayList<>();
    root.fieldNames().forEachRemaining(top::add);
    assertEquals(List.of("scenario", "vehicles", "travelTime", "delay", "distance", "custom"),
        top);
    Iterator<String> v = root.get("vehicles").fieldNames();
    assertEquals("inserted", v.next());
    assertEquals("arrived", v.next());
  }

  @Test
  void file_isPrettyUtf8WithUnixLineEndsAndTrailingNewline() throws IOException {
    Path f = tmp.resolve("s.json");
    new SummaryJsonWriter().write(TestRuns.small(), f);
    String text = Files.readString(f, StandardCharsets.UTF_8);
    assertTrue(text.endsWith("}\n"));
    assertFalse(text.contains("\r"));
    assertTrue(text.contains("\n  \"vehicles\": {\n    \"inserted\": 4,\n"), text);
    assertTrue(text.contains("\"p95\": null"));
  }

  @Test
  void collidingKeys_areKeptFlatInsteadOfLost() throws IOException {
    Kpis k = new Kpis().put("a", 1L).put("a.b", 2L).put("scenario.x", 3L).put("c.d", 4.5);
    RunResult base = TestRuns.small();
    RunResult r = new RunResult(base.scenarioName(), "", 1, 0, 0, 1, "", k, List.of(),
        List.of(), List.of(), base.network(), List.of());
    JsonNode root = writeAndRead(r);
    assertEquals(1, root.get("a").asLong());
    assertEquals(2, root.get(SummaryJsonWriter.UNNESTED).get("a.b").asLong());
    assertEquals(3, root.get(SummaryJsonWriter.UNNESTED).get("scenario.x").asLong());
    assertFalse(root.get("scenario").has("x"));
    assertEquals(4.5, root.get("c").get("d").asDouble());
  }

  @Test
  void textKpi_isAJsonStringBesideTheNumbersOfItsGroup() throws IOException {
    JsonNode root = writeAndRead(TestRuns.withJunctions());
    assertTrue(root.at("/control/los").isTextual());
    assertEquals("D", root.at("/control/los").asText());
    assertEquals(40.083, root.at("/control/delay/mean").asDouble());
    assertEquals(14, root.at("/queue/max").asLong());
  }
}
