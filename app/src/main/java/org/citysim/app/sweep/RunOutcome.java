package org.citysim.app.sweep;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one run of a sweep gave. Serializable because Spark executors send it back.
 *
 * @param task        the run
 * @param status      whether it completed
 * @param error       the one-line error of a failed run, else null
 * @param wallSeconds wall time of the run [s] (host-dependent; never compared)
 * @param kpis        the requested KPIs by {@code summary.json} path; a KPI the run did not
 *                    produce is absent. Deterministic for a task.
 */
public record RunOutcome(RunTask task, Status status, String error, double wallSeconds,
    Map<String, Double> kpis) implements Serializable {
  /** How a run ended. */
  public enum Status {
    /** Completed; its KPIs are recorded. */
    OK,
    /** Failed with {@link #error()}; other runs go on. */
    FAILED
  }

  public RunOutcome {
    kpis = new TreeMap<>(kpis);
  }
}
