package org.citysim.sim.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citysim.sim.metrics.AgentOutputs.AgentSeries;
import org.citysim.sim.metrics.RunResult;
import org.citysim.sim.run.ProgressListener;
import org.citysim.sim.run.SimulationBuilder;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioLoader;
import org.citysim.sim.scenario.ScenarioWriter;
import org.citysim.sim.sensor.SensorOutputs.CameraInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An agent's camera, asked for through its context, in a whole run. */
class AgentCameraTest {
  @TempDir Path dir;

  @Test
  void agentSeesEachCameraReadingOnlyAfterItsLatency_andTheCameraIsInTheOutputs()
      throws Exception {
    String yaml = AgentScenarioTest.GRID + """
        sensors:
          interval: 60
          dropout: 0.2
          camera: {latency: 30}
        agents:
          - agent: camera-probe
            config: {link: r1c1-r1c2, period: 60}
        """;
    Path file = Files.writeString(dir.resolve("s.yaml"), yaml);
    Scenario s = new ScenarioLoader().load(file);
    RunResult r = SimulationBuilder.build(s, ScenarioWriter.toYaml(s), file)
        .run(ProgressListener.NONE);

    List<CameraInterval> cams = r.sensors().cameras();
    assertEquals(30, cams.size(), "one camera, 30 one-minute intervals");
    assertTrue(cams.stream().allMatch(c -> c.link().equals("r1c1-r1c2")));
    Map<Double, CameraInterval> byStart = new HashMap<>();
    cams.forEach(c -> byStart.put(c.from(), c));
    Map<String, AgentSeries> series = new HashMap<>();
    r.agents().series().forEach(a -> series.put(a.name(), a));
    double[] t = series.get("count").times();
    double[] from = series.get("from").values();
    double[] count = series.get("count").values();
    double[] valid = series.get("valid").values();
    assertEquals(30, t.length, "07:01 to 07:30");
    assertTrue(Double.isNaN(count[0]), "at 07:01 the first interval (to 07:01) is not closed");
    for (int i = 1; i < t.length; i++) {
      // At t the interval that closed at t - 60 has shown (30 s latency), the one closing at t
      // has not closed yet: the agent sees [t - 120, t - 60).
      assertEquals(t[i] - 120, from[i], "at " + t[i]);
      CameraInterval c = byStart.get(from[i]);
      assertEquals(c.valid() ? 1 : 0, valid[i]);
      assertEquals(c.observed().total(), count[i], "observed count of the interval " + from[i]);
    }
    assertTrue(cams.stream().anyMatch(c -> !c.valid()), "dropouts happen at 0.2");
  }
}
