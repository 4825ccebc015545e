package org.citysim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped signal-control scenario validates under every built-in controller, as
 * scenarios/compare-controllers.sh runs it (the agents jar is on this module's class path, so
 * the controllers are found through ServiceLoader as in a real run); the incidents scenario
 * runs and reports its incidents; the data set scenario validates.
 */
class ShippedScenariosTest {
  private static final Path PEAK = Path.of("..", "scenarios", "signals-peak.yaml");
  private static final Path INCIDENTS = Path.of("..", "scenarios", "incidents.yaml");
  private static final Path FORECAST_TOWN = Path.of("..", "scenarios", "forecast-town.yaml");

  @TempDir Path tmp;

  @Test
  void incidents_validates() {
    Cli r = Cli.run("validate", INCIDENTS.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("ok: incidents: 36 nodes"), r.out());
  }

  @Test
  void incidents_runsAndReportsItsIncidents() throws Exception {
    Path out = tmp.resolve("inc");
    Cli r = Cli.run("run", "-q", INCIDENTS.toString(), "--out", out.toString(),
        "--set", "outputs.charts=false");
    assertEquals(0, r.exit(), r.err());
    JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertTrue(s.at("/incidents/count").asLong() >= 1, s.toString());
    assertTrue(s.at("/incidents/rerouted").asLong() > 0, s.toString());
    List<String> csv = Files.readAllLines(out.resolve("incidents.csv"));
    assertTrue(csv.get(1).startsWith("0,r2c1-r2c2,crash,scheduled,camera,1,true,"), csv.get(1));
    assertTrue(Files.readString(out.resolve("index.html")).contains("<h2>Incidents</h2>"));
  }

  @Test
  void forecastTown_validates() {
    Cli r = Cli.run("validate", FORECAST_TOWN.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("ok: forecast-town: 30 nodes, 98 links, 26 signal plans"),
        r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"fixed-time", "webster", "actuated", "max-pressure", "pid"})
  void signalsPeak_validatesWithEachController(String controller) {
    Cli r = Cli.run("validate", PEAK.toString(), "--set", "agents[0].agent=" + controller);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("ok: signals-peak: 25 nodes"), r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"no-such-controller"})
  void signalsPeak_unknownController_listsTheBuiltInOnes(String controller) {
    Cli r = Cli.run("validate", PEAK.toString(), "--set", "agents[0].agent=" + controller);
    assertEquals(2, r.exit(), r.err());
    for (String known : new String[] {"actuated", "fixed-time", "max-pressure", "pid",
        "webster"}) {
      assertTrue(r.err().contains(known), r.err());
    }
  }
}
