package org.citysim.app.sweep;

import java.io.Serializable;
import java.util.List;

/**
 * One run of a sweep: a design point at one replication. Serializable because the Spark
 * engine ships tasks to executors.
 *
 * @param point       design point index, 0-based, in design order
 * @param replication replication index, 0-based
 * @param seed        the scenario seed of this run (see {@link Seeds})
 * @param overrides   {@code path=value} overrides applied to the base scenario, in parameter
 *                    order
 */
public record RunTask(int point, int replication, long seed, List<String> overrides)
    implements Serializable {
  public RunTask {
    overrides = List.copyOf(overrides);
  }

  /** The run's key in the results store. */
  public String key() {
    return point + "/" + replication;
  }
}
