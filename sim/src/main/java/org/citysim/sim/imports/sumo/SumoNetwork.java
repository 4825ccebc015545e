package org.citysim.sim.imports.sumo;

import java.util.List;
import org.citysim.sim.build.BuiltNetwork;

/**
 * An imported SUMO network, ready to simulate.
 *
 * @param built    the road network (link id = SUMO edge id, node id = SUMO junction id) and its
 *                 fixed-time signal timings
 * @param warnings what the import ignored or approximated, one line each
 */
public record SumoNetwork(BuiltNetwork built, List<String> warnings) {
  public SumoNetwork {
    if (built == null) {
      throw new IllegalArgumentException("built network is required");
    }
    warnings = List.copyOf(warnings);
  }

  /** Link index of a SUMO edge id, or -1 for internal, skipped or unknown edges. */
  public int linkIndex(String edgeId) {
    return built.network().linkIndex(edgeId);
  }
}
