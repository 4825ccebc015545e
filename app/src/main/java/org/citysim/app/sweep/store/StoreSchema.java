package org.citysim.app.sweep.store;

import java.util.List;

/**
 * The variable columns of a results store, after the fixed ones (point, replication, seed,
 * status, error, wall_seconds).
 *
 * @param parameters one column per parameter, named by its path, in the sweep's order
 * @param kpis       one column per KPI (a double), named by its path, in the sweep's order
 */
public record StoreSchema(List<Column> parameters, List<String> kpis) {
  public StoreSchema {
    parameters = List.copyOf(parameters);
    kpis = List.copyOf(kpis);
  }

  /**
   * A parameter column.
   *
   * @param name    the parameter's path
   * @param numeric whether its values are numbers (a double column) rather than texts
   */
  public record Column(String name, boolean numeric) {}
}
