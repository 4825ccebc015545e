package org.citysim.sim.agent;

import java.util.List;
import org.citysim.sim.random.RandomStream;
import org.citysim.sim.sensor.Sensors;
import org.citysim.sim.signal.SignalControl;

/**
 * What an agent may do: read its sensors, drive the signals of junctions it took control of,
 * schedule its next decision, raise events and record its outputs. Nothing else of the
 * simulation is reachable from here, on purpose: a controller must work from what its sensors
 * report, not from the true state.
 */
public interface AgentContext {
  /** The agent's instance name from the scenario. */
  String name();

  /** Simulation time now [s since midnight]. */
  double now();

  /** Start of the simulated window [s]. */
  double startTime();

  /** End of the simulated window [s]. */
  double endTime();

  /** The agent's own random stream (named after the agent), for reproducible randomness. */
  RandomStream random();

  /**
   * Runs {@code decision} at {@code time} [s] (not before now), before vehicles move at that
   * instant. Times after the end of the run are ignored.
   */
  void schedule(double time, Runnable decision);

  /** Runs {@code decision} at {@code first}, {@code first + period}, ... [s] until the end. */
  void every(double first, double period, Runnable decision);

  /** Ids of the junctions that have a signal, in network order. */
  List<String> signalisedJunctions();

  /**
   * Takes control of a signalised junction. One agent per junction.
   *
   * @throws IllegalArgumentException if the junction does not exist, has no signal, or another
   *     agent already controls it
   */
  SignalControl control(String junctionId);

  /** The sensors this agent may read (created on first use, shared between agents). */
  Sensors sensors();

  /**
   * The forecasts of the learned model in {@code modelFile} (a path relative to the scenario's
   * folder, or absolute), shared with the other agents that name the same file.
   *
   * @throws IllegalArgumentException when the file cannot be used in this scenario (missing,
   *     not a forecaster, or trained on another network or sensor layout); the message says why
   */
  org.citysim.sim.forecast.ForecastFeed forecasts(String modelFile);

  /** Publishes an {@link AgentEvent} now. */
  void raise(String kind, String message);

  /**
   * Records one point of the agent's output series {@code series} (e.g. a junction's green split)
   * at the current time; the report draws each series over time.
   */
  void record(String series, double value);
}
