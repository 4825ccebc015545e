package org.citysim.app.sweep.store;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.citysim.app.sweep.RunOutcome;

/**
 * One row of a results store.
 *
 * @param point       design point index
 * @param replication replication index
 * @param seed        the run's scenario seed
 * @param status      whether it completed
 * @param error       the one-line error of a failed run, else null
 * @param wallSeconds wall time of the run [s]
 * @param values      parameter values in the schema's order ({@link Double} or {@link String})
 * @param kpis        KPI values by path (absent for a failed run; NaN where the run's summary
 *                    had null)
 */
public record StoredRun(int point, int replication, long seed, RunOutcome.Status status,
    String error, double wallSeconds, List<Object> values, Map<String, Double> kpis) {
  public StoredRun {
    values = List.copyOf(values);
    kpis = new TreeMap<>(kpis);
  }

  /** The run's key, as {@link org.citysim.app.sweep.RunTask#key()}. */
  public String key() {
    return point + "/" + replication;
  }
}
