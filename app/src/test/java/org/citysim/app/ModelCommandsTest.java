package org.citysim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code citysim train} and {@code evaluate}, and trained models used in runs: the forecaster
 * by the PID controller's feed-forward and the congestion warning, the classifier by incident
 * detection. Small on purpose (a few short days, one epoch): the models' quality is measured by
 * the models module's tests and the documented training command, not here.
 */
class ModelCommandsTest {
  private static final Path TOWN = Path.of("..", "scenarios", "forecast-town.yaml");
  private static final String SHORT = "simulation.end=09:00";

  @TempDir static Path dir;
  static Cli forecaster;
  static Cli classifier;

  @BeforeAll
  static void train() {
    forecaster = Cli.run("train", "forecaster", "--scenario", TOWN.toString(), "--days", "4",
        "--epochs", "1", "--set", SHORT, "--out", dir.resolve("f.zip").toString(), "-q");
    classifier = Cli.run("train", "classifier", "--scenario", TOWN.toString(), "--days", "4",
        "--epochs", "1", "--set", SHORT, "--out", dir.resolve("c.zip").toString(), "-q");
  }

  @Test
  void train_writesTheModelItsDataSetAndTheEvaluation() throws Exception {
    assertEquals(0, forecaster.exit(), forecaster.err());
    assertEquals(0, classifier.exit(), classifier.err());
    for (String f : List.of("f.zip", "f.html", "f.md", "f-data/dataset.json",
        "f-data/values.csv.gz", "c.zip", "c.html", "c.md")) {
      assertTrue(Files.size(dir.resolve(f)) > 0, f);
    }
    assertTrue(forecaster.out().contains("| LSTM | 15 min |"), forecaster.out());
    assertTrue(forecaster.out().contains("| historical average | 30 min |"), forecaster.out());
    assertTrue(classifier.out().contains("| California rule |"), classifier.out());
    assertTrue(Files.readString(dir.resolve("f.html")).contains("<td>persistence</td>"));
  }

  @Test
  void train_onAWrittenDataSet_needsNoScenario() throws Exception {
    Cli t = Cli.run("train", "classifier", "--data", dir.resolve("f-data").toString(),
        "--epochs", "1", "--out", dir.resolve("from-data.zip").toString(), "-q");
    assertEquals(0, t.exit(), t.err());
    assertTrue(Files.size(dir.resolve("from-data.zip")) > 0);
    Cli both = Cli.run("train", "classifier", "--data", dir.resolve("f-data").toString(),
        "--scenario", TOWN.toString(), "--out", dir.resolve("both.zip").toString(), "-q");
    assertEquals(2, both.exit());
    assertTrue(both.err().contains("either --scenario FILE or --data DIR"), both.err());
  }

  @Test
  void evaluate_scoresTheModelOnFreshDays() throws Exception {
    Cli e = Cli.run("evaluate", dir.resolve("f.zip").toString(), "--scenario", TOWN.toString(),
        "--days", "3", "--set", SHORT, "-q");
    assertEquals(0, e.exit(), e.err());
    assertTrue(e.out().contains("| seasonal naive |"), e.out());
    assertTrue(Files.exists(dir.resolve("f-evaluation.html")));
  }

  @Test
  void aModelOfAnotherNetwork_isRefusedWithExitCode2() {
    Cli e = Cli.run("evaluate", dir.resolve("f.zip").toString(), "--scenario", TOWN.toString(),
        "--days", "3", "--set", SHORT, "--set", "network.grid.spacing=250", "-q");
    assertEquals(2, e.exit(), e.out() + e.err());
    assertEquals(1, e.errLines().size(), e.err());
    assertTrue(e.err().startsWith("error: ") && e.err().contains("f.zip"), e.err());
  }

  @Test
  void aMissingModel_isAOneLineError() {
    Cli e = Cli.run("evaluate", dir.resolve("nope.zip").toString(), "--scenario",
        TOWN.toString(), "-q");
    assertEquals(2, e.exit());
    assertEquals(1, e.errLines().size(), e.err());
    assertTrue(e.err().contains("nope.zip"), e.err());
  }

  @Test
  void models_driveAgentsAndIncidentDetectionInARun() throws Exception {
    String inner = "[r1c1, r1c2, r1c3, r1c4, r2c1, r2c2, r2c3, r2c4, r3c1, r3c2, r3c3, r3c4]";
    Path scenario = dir.resolve("with-models.yaml");
    Files.writeString(scenario, Files.readString(TOWN) + """
        agents:
          - agent: pid
            name: pid
            config: {junctions: %s, sensor: camera, forecast: f.zip, feedForward: 0.3}
          - agent: congestion-warning
            name: warn
            config: {model: f.zip, occupancy: 0.05}
        """.formatted(inner));
    Path out = dir.resolve("run");
    Cli r = Cli.run("run", scenario.toString(), "--set", "simulation.end=08:00", "--set",
        "incidents.detection.classifier=c.zip", "--out", out.toString(), "-q");
    assertEquals(0, r.exit(), r.err());
    String series = Files.readString(out.resolve("series.csv"));
    String summary = Files.readString(out.resolve("summary.json"));
    assertTrue(summary.contains("\"classifier\""), "classifier KPIs in summary.json");
    assertTrue(Files.readString(out.resolve("run.json")).contains("\"modelSeconds\""));
    // A low threshold: the warning agent raises some warnings or scores some onsets.
    assertTrue(Files.exists(out.resolve("agent-events.csv")), "agents raised events");
    assertTrue(Files.readString(out.resolve("agent-events.csv")).contains("congestion-"));
    assertTrue(series.length() > 0);
  }

  @Test
  void aModelThatDoesNotCoverAJunction_isAScenarioError() throws Exception {
    Path scenario = dir.resolve("uncovered.yaml");
    Files.writeString(scenario, Files.readString(TOWN) + """
        agents:
          - agent: pid
            name: pid
            config: {junctions: all, forecast: f.zip}
        """);
    Cli r = Cli.run("run", scenario.toString(), "--set", "simulation.end=06:00", "--out",
        dir.resolve("uncovered").toString(), "-q");
    assertEquals(2, r.exit(), r.out() + r.err());
    assertTrue(r.err().contains("has no sensor on approaches"), r.err());
    assertTrue(!Files.exists(dir.resolve("uncovered")), "nothing written");
  }
}
