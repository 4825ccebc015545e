package org.citysim.sim.metrics;

import java.util.List;
import java.util.Objects;
import org.citysim.sim.sensor.SensorOutputs;

/**
 * Everything a finished run hands to the report writers. Deterministic: the same scenario and
 * seed give an equal {@code RunResult}; timings live in {@link RunInfo}, not here.
 *
 * @param scenarioName      scenario name
 * @param description       scenario description (may be empty)
 * @param seed              seed the run used
 * @param replication       replication index
 * @param start             simulated start [s since midnight]
 * @param end               simulated end [s since midnight]
 * @param resolvedScenario  the scenario as resolved (defaults and overrides applied), as YAML
 * @param kpis              headline numbers, in report order
 * @param trips             one record per departed trip, in departure order
 * @param linkStats         per link and interval, ordered by link then interval
 * @param series            network-wide time series (vehicles in network, ...)
 * @param network           geometry for the network drawing, with per-link congestion
 * @param warnings          non-fatal findings (e.g. unreachable network parts)
 * @param agents            what the agents recorded and raised
 * @param sensors           what the cameras counted next to the true counts
 * @param junctions         measures of the signalised junctions (empty without signals)
 * @param pollution         emissions, concentrations, stations, alerts and attribution (empty
 *                          without a pollution model)
 * @param incidents         incidents with their timelines, and rerouting (empty without an
 *                          incident model)
 */
public record RunResult(
    String scenarioName,
    String description,
    long seed,
    int replication,
    double start,
    double end,
    String resolvedScenario,
    Kpis kpis,
    List<TripRecord> trips,
    List<LinkIntervalStats> linkStats,
    List<TimeSeries> series,
    NetworkGeometry network,
    List<String> warnings,
    AgentOutputs agents,
    SensorOutputs sensors,
    JunctionOutputs junctions,
    PollutionOutputs pollution,
    IncidentOutputs incidents) {

  public RunResult {
    Objects.requireNonNull(scenarioName);
    description = description == null ? "" : description;
    Objects.requireNonNull(resolvedScenario);
    Objects.requireNonNull(kpis);
    trips = List.copyOf(trips);
    linkStats = List.copyOf(linkStats);
    series = List.copyOf(series);
    Objects.requireNonNull(network);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(agents);
    Objects.requireNonNull(sensors);
    Objects.requireNonNull(junctions);
    Objects.requireNonNull(pollution);
    Objects.requireNonNull(incidents);
  }

  /** A result of a run without incidents. */
  public RunResult(String scenarioName, String description, long seed, int replication,
      double start, double end, String resolvedScenario, Kpis kpis, List<TripRecord> trips,
      List<LinkIntervalStats> linkStats, List<TimeSeries> series, NetworkGeometry network,
      List<String> warnings, AgentOutputs agents, SensorOutputs sensors,
      JunctionOutputs junctions, PollutionOutputs pollution) {
    this(scenarioName, description, seed, replication, start, end, resolvedScenario, kpis, trips,
        linkStats, series, network, warnings, agents, sensors, junctions, pollution,
        IncidentOutputs.none());
  }

  /** A result of a run without a pollution model. */
  public RunResult(String scenarioName, String description, long seed, int replication,
      double start, double end, String resolvedScenario, Kpis kpis, List<TripRecord> trips,
      List<LinkIntervalStats> linkStats, List<TimeSeries> series, NetworkGeometry network,
      List<String> warnings, AgentOutputs agents, SensorOutputs sensors,
      JunctionOutputs junctions) {
    this(scenarioName, description, seed, replication, start, end, resolvedScenario, kpis, trips,
        linkStats, series, network, warnings, agents, sensors, junctions,
        PollutionOutputs.none());
  }

  /** A result of a run without agents. */
  public RunResult(String scenarioName, String description, long seed, int replication,
      double start, double end, String resolvedScenario, Kpis kpis, List<TripRecord> trips,
      List<LinkIntervalStats> linkStats, List<TimeSeries> series, NetworkGeometry network,
      List<String> warnings) {
    this(scenarioName, description, seed, replication, start, end, resolvedScenario, kpis, trips,
        linkStats, series, network, warnings, AgentOutputs.none());
  }

  /** A result of a run without cameras. */
  public RunResult(String scenarioName, String description, long seed, int replication,
      double start, double end, String resolvedScenario, Kpis kpis, List<TripRecord> trips,
      List<LinkIntervalStats> linkStats, List<TimeSeries> series, NetworkGeometry network,
      List<String> warnings, AgentOutputs agents) {
    this(scenarioName, description, seed, replication, start, end, resolvedScenario, kpis, trips,
        linkStats, series, network, warnings, agents, SensorOutputs.none());
  }

  /** A result of a run without junction measures. */
  public RunResult(String scenarioName, String description, long seed, int replication,
      double start, double end, String resolvedScenario, Kpis kpis, List<TripRecord> trips,
      List<LinkIntervalStats> linkStats, List<TimeSeries> series, NetworkGeometry network,
      List<String> warnings, AgentOutputs agents, SensorOutputs sensors) {
    this(scenarioName, description, seed, replication, start, end, resolvedScenario, kpis, trips,
        linkStats, series, network, warnings, agents, sensors, JunctionOutputs.none());
  }

  /** A result of a run without cameras. */
  public RunResult(String scenarioName, String description, long seed, int replication,
      double start, double end, String resolvedScenario, Kpis kpis, List<TripRecord> trips,
      List<LinkIntervalStats> linkStats, List<TimeSeries> series, NetworkGeometry network,
      List<String> warnings, AgentOutputs agents, JunctionOutputs junctions) {
    this(scenarioName, description, seed, replication, start, end, resolvedScenario, kpis, trips,
        linkStats, series, network, warnings, agents, SensorOutputs.none(), junctions);
  }
}
