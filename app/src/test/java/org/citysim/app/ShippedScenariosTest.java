package org.citysim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped signal-control scenario validates under every built-in controller, as
 * scenarios/compare-controllers.sh runs it (the agents jar is on this module's class path, so
 * the controllers are found through ServiceLoader as in a real run).
 */
class ShippedScenariosTest {
  private static final Path PEAK = Path.of("..", "scenarios", "signals-peak.yaml");

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
