package org.citysim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import org.citysim.app.sweep.design.DesignPlan;
import org.citysim.app.sweep.file.DesignFactory;
import org.citysim.app.sweep.file.SweepFile;
import org.citysim.app.sweep.file.SweepFileLoader;
import org.junit.jupiter.api.Test;

/** The sweep files in scenarios/ load, overrides probed on their base scenarios. */
class ShippedSweepsTest {
  private static SweepFile load(String name) throws Exception {
    return new SweepFileLoader(DesignFactory.standard()).load(Path.of("..", "scenarios", name));
  }

  @Test
  void pidDemand_fiftyFourRunsOnTheAirQualityTown() throws Exception {
    SweepFile f = load("sweep-pid-demand.yaml");
    assertEquals("pid-demand", f.name());
    assertEquals(54, f.tasks(f.plan()).size());
    assertEquals("air-quality.yaml", f.scenario().getFileName().toString());
  }

  @Test
  void benchGridTown_aThousandRuns() throws Exception {
    SweepFile f = load("sweep-bench-grid-town.yaml");
    assertEquals(1000, f.tasks(f.plan()).size());
  }

  @Test
  void sensitivity_saltelliSchemeOf128SamplesOverFourParameters() throws Exception {
    SweepFile f = load("sweep-sensitivity.yaml");
    DesignPlan plan = f.plan();
    DesignPlan.Saltelli s = assertInstanceOf(DesignPlan.Saltelli.class, plan.structure());
    assertEquals(128, s.n());
    assertEquals(4, s.k());
    assertEquals(128 * (4 + 2), f.tasks(plan).size());
  }
}
