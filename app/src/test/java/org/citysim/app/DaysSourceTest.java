package org.citysim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train} and {@code evaluate} refuse the same bad day sources, before any work. */
class DaysSourceTest {
  private static final String TOWN = Path.of("..", "scenarios", "forecast-town.yaml").toString();

  @TempDir Path tmp;

  private void refused(String expected, String... args) {
    Cli r = Cli.run(args);
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains(expected), r.err());
  }

  @Test
  void bothCommands_needExactlyOneSource_andThreeDaysToSimulate() {
    String out = tmp.resolve("m.zip").toString();
    String model = tmp.resolve("absent.zip").toString();
    refused("give either --scenario FILE or --data DIR", "train", "forecaster", "--out", out);
    refused("give either --scenario FILE or --data DIR", "train", "forecaster", "--out", out,
        "--scenario", TOWN, "--data", tmp.toString());
    refused("--days must be at least 3", "train", "classifier", "--out", out, "--scenario",
        TOWN, "--days", "2");
    refused("give either --scenario FILE or --data DIR", "evaluate", model);
    refused("--days must be at least 3", "evaluate", model, "--scenario", TOWN, "--days", "1");
  }
}
