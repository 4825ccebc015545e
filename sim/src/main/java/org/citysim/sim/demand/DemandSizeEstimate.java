package org.citysim.sim.demand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citysim.sim.scenario.DemandSpec;
import org.citysim.sim.scenario.TimeProfile;

/**
 * A quick estimate of how many trips a demand holds, from rates and file sizes, without reading
 * or generating it. Used to choose how to run (the launcher's JIT mode), never for results: a
 * wrong estimate costs speed, not correctness.
 */
public final class DemandSizeEstimate {
  /**
   * Typical bytes per vehicle in a SUMO route file (a {@code <vehicle>} with an embedded or
   * referenced route; Bologna Pasubio: 1.64 MB for 8,664 vehicles, 190 B each). Flows expanding
   * into many vehicles are undercounted.
   */
  static final double SUMO_BYTES_PER_VEHICLE = 190;
  /** Typical bytes per line of a trip CSV ({@code id,departure,from,to}). */
  static final double CSV_BYTES_PER_TRIP = 30;
  /** Step for integrating the time profile [s]. */
  private static final double STEP = 60;

  private DemandSizeEstimate() {}

  /**
   * Estimated trips of {@code demand} departing in [{@code start}, {@code end}] [s].
   * Unreadable files count as empty (the real read reports them).
   */
  public static double trips(DemandSpec demand, double start, double end) {
    double perHourRate = demand.flows().stream().mapToDouble(DemandSpec.OdFlowSpec::rate).sum()
        + demand.random().map(DemandSpec.RandomDemandSpec::rate).orElse(0.0);
    double trips = perHourRate * profileHours(demand.profile(), start, end)
        + bytes(demand.tripFiles()) / CSV_BYTES_PER_TRIP
        + bytes(demand.sumoRoutes()) / SUMO_BYTES_PER_VEHICLE;
    return trips;
  }

  /** Integral of the profile factor over [start, end] [h]. */
  private static double profileHours(TimeProfile p, double start, double end) {
    double sum = 0;
    for (double t = start; t < end; t += STEP) {
      sum += p.factorAt(t) * Math.min(STEP, end - t);
    }
    return sum / 3600;
  }

  private static double bytes(List<Path> files) {
    double sum = 0;
    for (Path f : files) {
      try {
        sum += Files.size(f);
      } catch (IOException e) {
        // Reported by the real reader.
      }
    }
    return sum;
  }
}
