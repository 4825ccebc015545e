package org.citysim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citysim.app.progress.Progress;
import org.citysim.sim.metrics.KpiKeys;
import org.citysim.sim.metrics.Kpis;
import org.citysim.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline run without incidents and the delay the incidents caused. */
class IncidentBaselineTest {
  private static final Path GRID_TOWN = Path.of("..", "scenarios", "grid-town.yaml");

  @TempDir
  Path tmp;

  /** Grid town with {@code incidents} appended as its incidents section. */
  private Kpis run(String incidents) throws Exception {
    Path file = tmp.resolve("s" + Math.abs(incidents.hashCode()) + ".yaml");
    Files.writeString(file, Files.readString(GRID_TOWN) + "\n" + incidents);
    RunPipeline p = new RunPipeline(BuildInfo.current());
    Scenario s = p.load(file, List.of(), null);
    return p.run(s, file, null, Progress.forTerminal(true)).result().kpis();
  }

  private static final String CLOSURE = """
      incidents:
        closures:
          - {link: r2c1-r2c2, from: "07:10", to: "08:30", lanes: all}
      """;

  @Test
  void fullClosureOfABusyLink_causesDelay_andIsDeterministic() throws Exception {
    Kpis a = run(CLOSURE);
    Number caused = a.get(KpiKeys.INCIDENT_DELAY);
    assertNotNull(caused, a.toString());
    assertTrue(caused.doubleValue() > 0, "caused " + caused);
    assertEquals(a.get(KpiKeys.DELAY_NETWORK_VEH_HOURS).doubleValue()
        - a.get(KpiKeys.INCIDENT_BASELINE_DELAY).doubleValue(), caused.doubleValue(), 1e-2);
    assertEquals(a, run(CLOSURE + "  baseline: on\n"));
  }

  @Test
  void baselineOff_noKpi() throws Exception {
    Kpis k = run(CLOSURE + "  baseline: off\n");
    assertNull(k.get(KpiKeys.INCIDENT_DELAY));
    assertNull(k.get(KpiKeys.INCIDENT_BASELINE_DELAY));
    assertNotNull(k.get(KpiKeys.INCIDENTS));
  }

  @Test
  void sectionWithoutIncidents_causesNoDelay() throws Exception {
    // Common random numbers: the demand does not depend on the incident model's streams.
    Kpis k = run("incidents:\n  compliance: 0.5\n");
    assertEquals(0.0, k.get(KpiKeys.INCIDENT_DELAY).doubleValue(), 1e-9);
  }

  @Test
  void withoutSection_noKpi() throws Exception {
    assertNull(run("").get(KpiKeys.INCIDENT_DELAY));
  }
}
