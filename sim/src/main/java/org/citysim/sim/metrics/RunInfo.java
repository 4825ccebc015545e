package org.citysim.sim.metrics;

/**
 * What may differ between identical runs; written to {@code run.json}, never into the
 * deterministic outputs.
 *
 * @param version         citysim version
 * @param commit          source commit, or "unknown"
 * @param javaVersion     Java runtime version
 * @param wallTimeSeconds wall time of build plus simulation [s]
 * @param eventsProcessed kernel events processed
 * @param eventsPerSecond kernel events per wall-clock second of the simulation phase
 * @param linkTraversals  vehicle-link traversals simulated
 * @param pollutionSeconds wall time spent in the pollution steps, part of the simulation phase
 *                        (dispersion, station sampling; not the per-vehicle emissions) and the
 *                        attribution at the end [s]; 0 without a pollution model
 * @param modelSeconds    wall time spent in learned models' inference (forecasts and incident
 *                        classification), part of the simulation phase [s]; 0 without models
 */
public record RunInfo(
    String version, String commit, String javaVersion, double wallTimeSeconds,
    long eventsProcessed, double eventsPerSecond, long linkTraversals, double pollutionSeconds,
    double modelSeconds) {

  /** Run information of a run without learned models. */
  public RunInfo(String version, String commit, String javaVersion, double wallTimeSeconds,
      long eventsProcessed, double eventsPerSecond, long linkTraversals,
      double pollutionSeconds) {
    this(version, commit, javaVersion, wallTimeSeconds, eventsProcessed, eventsPerSecond,
        linkTraversals, pollutionSeconds, 0);
  }

  /** Run information of a run without a pollution model. */
  public RunInfo(String version, String commit, String javaVersion, double wallTimeSeconds,
      long eventsProcessed, double eventsPerSecond, long linkTraversals) {
    this(version, commit, javaVersion, wallTimeSeconds, eventsProcessed, eventsPerSecond,
        linkTraversals, 0, 0);
  }
}
