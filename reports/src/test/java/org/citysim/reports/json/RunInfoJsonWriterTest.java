package org.citysim.reports.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.citysim.sim.metrics.RunInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunInfoJsonWriterTest {
  @TempDir Path tmp;

  @Test
  void nonFiniteRates_areWrittenAsNull() throws IOException {
    Path f = tmp.resolve("run.json");
    new RunInfoJsonWriter().write(
        new RunInfo("1", "unknown", "17", 0.0, 0L, Double.POSITIVE_INFINITY, 0L), f);
    JsonNode n = new ObjectMapper().readTree(f.toFile());
    assertTrue(n.get("eventsPerSecond").isNull());
    assertEquals(0.0, n.get("wallTimeSeconds").asDouble());
    assertEquals("unknown", n.get("commit").asText());
  }
}
