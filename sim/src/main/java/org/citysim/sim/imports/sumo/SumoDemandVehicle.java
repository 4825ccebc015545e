package org.citysim.sim.imports.sumo;

import java.util.List;
import java.util.Objects;

/**
 * A vehicle to simulate, from a SUMO route file: a {@code <vehicle>}, a {@code <trip>} or one
 * member of an expanded {@code <flow>} (named {@code flowId.0}, {@code flowId.1}, ... as SUMO
 * does).
 *
 * @param id       unique vehicle id
 * @param type     id of a {@code vType} or {@code vTypeDistribution} (a key of
 *                 {@link SumoDemand#types()})
 * @param depart   planned departure [s of simulation time]
 * @param edges    full route as SUMO edge ids (immutable, may be shared between vehicles), or
 *                 null for a trip
 * @param fromEdge first edge of a trip, else null
 * @param toEdge   last edge of a trip, else null
 */
public record SumoDemandVehicle(
    String id, String type, double depart, List<String> edges, String fromEdge, String toEdge) {

  public SumoDemandVehicle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    if (!Double.isFinite(depart)) {
      throw new IllegalArgumentException("depart must be finite: " + depart);
    }
    if ((edges == null) == (fromEdge == null || toEdge == null)) {
      throw new IllegalArgumentException("vehicle " + id + " needs either edges or from and to");
    }
    if (edges != null && edges.isEmpty()) {
      throw new IllegalArgumentException("vehicle " + id + " has an empty route");
    }
  }

  /** True for a trip, whose route is still to be found between {@link #fromEdge} and {@link #toEdge}. */
  public boolean isTrip() {
    return edges == null;
  }
}
