package org.citysim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
  private static final Path GRID_TOWN = Path.of("..", "scenarios", "grid-town.yaml");

  @TempDir
  Path tmp;

  private static JsonNode summary(Path dir) throws Exception {
    return new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
  }

  @Test
  void run_writesAFolderWhoseKpisAddUp() throws Exception {
    Path out = tmp.resolve("run");
    Cli r = Cli.run("run", "-q", GRID_TOWN.toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("run folder: " + out.toAbsolutePath().normalize()), r.out());
    JsonNode s = summary(out);
    long inserted = s.at("/vehicles/inserted").asLong();
    assertTrue(inserted > 1000, "grid town has a real peak: " + inserted);
    assertEquals(inserted, s.at("/vehicles/arrived").asLong() + s.at("/vehicles/enRoute").asLong());
    assertTrue(s.at("/travelTime/mean").asDouble() >= s.at("/delay/mean").asDouble());
    assertTrue(s.at("/travelTime/p95").asDouble() >= s.at("/travelTime/p50").asDouble());
    long rows = Files.lines(out.resolve("trips.csv")).count() - 1;
    assertEquals(inserted + s.at("/vehicles/waitingToInsert").asLong(), rows);
    JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    assertTrue(run.get("eventsProcessed").asLong() > 0);
    assertTrue(Files.readString(out.resolve("scenario.yaml")).contains("grid-town"));
  }

  @Test
  void chartsOff_writesEverythingElseAndSaysSo() throws Exception {
    Path out = tmp.resolve("nocharts");
    Cli r = Cli.run("run", "-q", GRID_TOWN.toString(), "--out", out.toString(),
        "--set", "outputs.charts=false");
    assertEquals(0, r.exit(), r.err());
    assertTrue(!Files.exists(out.resolve("charts")), "no charts folder");
    for (String f : new String[] {"summary.json", "run.json", "trips.csv", "links.csv",
        "scenario.yaml", "index.html"}) {
      assertTrue(Files.size(out.resolve(f)) > 0, f);
    }
    String html = Files.readString(out.resolve("index.html"));
    assertTrue(html.contains("outputs.charts: false") && !html.contains("<img"), html);
  }

  @Test
  void set_overridesAScenarioField() throws Exception {
    Path low = tmp.resolve("low");
    Path high = tmp.resolve("high");
    assertEquals(0, Cli.run("run", "-q", GRID_TOWN.toString(), "--out", low.toString(),
        "--set", "demand.random.rate=300").exit());
    assertEquals(0, Cli.run("run", "-q", GRID_TOWN.toString(), "--out", high.toString(),
        "--set", "demand.random.rate=3000").exit());
    assertTrue(summary(high).at("/vehicles/inserted").asLong()
        > 3 * summary(low).at("/vehicles/inserted").asLong());
    assertTrue(Files.readString(high.resolve("scenario.yaml")).contains("rate: 3000"),
        "resolved scenario records the override");
  }

  @Test
  void spillbackScenario_showsQueuesThatReachTheOrigin() throws Exception {
    Path out = tmp.resolve("bottleneck");
    Cli r = Cli.run("run", "-q", Path.of("..", "scenarios", "bottleneck.yaml").toString(),
        "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode s = summary(out);
    // Demand exceeds the bridge, so the queue backs up to the origin: vehicles wait to enter.
    assertTrue(s.at("/vehicles/waitingToInsert").asLong() > 0, s.toString());
    assertTrue(s.at("/delay/mean").asDouble() > 300, s.toString());
  }

  @Test
  void validate_checksWithoutWriting() {
    Cli r = Cli.run("validate", GRID_TOWN.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("ok: grid-town: 36 nodes, 120 links, 32 signal plans"), r.out());
  }
}
