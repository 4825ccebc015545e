package org.citysim.sim.imports.sumo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Demand read from SUMO route files.
 *
 * @param vehicles vehicles inside the read window, sorted by departure; ties keep file order
 *                 (files in the order given, then position in the file; flow members at their
 *                 flow's position)
 * @param types    every vehicle type id and every {@code vTypeDistribution} id, mapped to its
 *                 member types (one member, probability 1, for a plain type); always contains
 *                 {@code DEFAULT_VEHTYPE}
 * @param warnings what was read but ignored or dropped, one line each, in the order first met
 */
public record SumoDemand(
    List<SumoDemandVehicle> vehicles, Map<String, List<SumoVehicleType>> types, List<String> warnings) {

  public SumoDemand {
    vehicles = List.copyOf(vehicles);
    Map<String, List<SumoVehicleType>> copy = new LinkedHashMap<>();
    types.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    types = Collections.unmodifiableMap(copy);
    warnings = List.copyOf(warnings);
    for (int i = 1; i < vehicles.size(); i++) {
      if (vehicles.get(i).depart() < vehicles.get(i - 1).depart()) {
        throw new IllegalArgumentException("vehicles must be sorted by depart");
      }
    }
  }
}
