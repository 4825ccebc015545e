package org.citysim.agents.signal.fixed;

import java.util.List;
import org.citysim.agents.signal.Checks;

/**
 * Config of the {@code fixed-time} controller.
 *
 * @param junctions junction ids, or {@code all} (every signalised junction)
 * @param greens    green time per stage [s], in stage order; empty: keep each base plan as it is
 * @param minGreen  lowest green allowed in {@code greens} [s]; at least the junction's floor
 * @param maxGreen  highest green allowed in {@code greens} [s]
 */
public record FixedTimeConfig(List<String> junctions, List<Double> greens, double minGreen,
    double maxGreen) {
  /** Defaults: every signalised junction on its base plan. */
  public static final FixedTimeConfig DEFAULTS =
      new FixedTimeConfig(List.of("all"), List.of(), 5, 120);

  public FixedTimeConfig {
    junctions = Checks.junctions(junctions);
    greens = List.copyOf(greens);
    Checks.positive("minGreen", minGreen, "s");
    Checks.ordered("minGreen", minGreen, "maxGreen", maxGreen);
    for (int i = 0; i < greens.size(); i++) {
      Checks.range("greens[" + i + "]", greens.get(i), minGreen, maxGreen, "s (minGreen to"
          + " maxGreen)");
    }
  }
}
