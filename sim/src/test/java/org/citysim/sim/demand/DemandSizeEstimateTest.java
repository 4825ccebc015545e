package org.citysim.sim.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.citysim.sim.scenario.DemandSpec;
import org.citysim.sim.scenario.DemandSpec.OdFlowSpec;
import org.citysim.sim.scenario.DemandSpec.Places;
import org.citysim.sim.scenario.DemandSpec.RandomDemandSpec;
import org.citysim.sim.scenario.TimeProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemandSizeEstimateTest {
  @TempDir Path dir;

  @Test
  void rates_timesProfileHours() {
    // 1,000 + 500 veh/h; factor 1 for the first hour, 0.5 for the second, 0 after.
    TimeProfile p = new TimeProfile(0, 3600, new double[] {1, 0.5});
    DemandSpec d = new DemandSpec(p, List.of(new OdFlowSpec("a", "b", 1000)),
        Optional.of(new RandomDemandSpec(500, Places.ALL)), List.of());
    assertEquals(1500 * 1.5, DemandSizeEstimate.trips(d, 0, 3 * 3600), 1e-6);
    assertEquals(1500 * 0.5, DemandSizeEstimate.trips(d, 1800, 3600), 1e-6);
  }

  @Test
  void files_bySize_missingOnesCountAsEmpty() throws Exception {
    Path csv = Files.write(dir.resolve("t.csv"), new byte[3000]);
    Path rou = Files.write(dir.resolve("r.rou.xml"), new byte[19_000]);
    DemandSpec d = new DemandSpec(TimeProfile.flat(), List.of(), Optional.empty(),
        List.of(csv, dir.resolve("missing.csv")), List.of(rou));
    assertEquals(3000 / DemandSizeEstimate.CSV_BYTES_PER_TRIP
        + 19_000 / DemandSizeEstimate.SUMO_BYTES_PER_VEHICLE, DemandSizeEstimate.trips(d, 0, 60),
        1e-9);
  }
}
