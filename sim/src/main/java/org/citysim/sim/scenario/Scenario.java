package org.citysim.sim.scenario;

import java.util.List;
import org.citysim.sim.agent.AgentSpec;
import org.citysim.sim.sensor.SensorSpec;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A complete, validated scenario.
 *
 * @param name        short name, used in reports
 * @param description free text for reports (may be empty)
 * @param simulation  time window, seed and replication
 * @param network     how to build the road network
 * @param demand      how to build the trips
 * @param traffic     parameters of the queue traffic model
 * @param outputs     what to record and write
 * @param baseDir     folder that relative file names in the scenario are resolved against
 * @param agents      agent plug-ins to run (signal controllers and others), in order
 * @param sensors     how sensors aggregate and err (intervals, dropouts, camera model, night
 *                    and weather) and the cameras the scenario places itself
 * @param pollution   the air-quality model ({@link PollutionSpec#off()} without one)
 * @param incidents   incidents and closures ({@link IncidentsSpec#off()} without them)
 */
public record Scenario(
    String name,
    String description,
    SimulationSpec simulation,
    NetworkSpec network,
    DemandSpec demand,
    TrafficSpec traffic,
    OutputSpec outputs,
    Path baseDir,
    List<AgentSpec> agents,
    SensorSpec sensors,
    PollutionSpec pollution,
    IncidentsSpec incidents) {

  public Scenario {
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    Objects.requireNonNull(simulation, "simulation");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(traffic, "traffic");
    Objects.requireNonNull(outputs, "outputs");
    Objects.requireNonNull(baseDir, "baseDir");
    agents = List.copyOf(agents);
    Objects.requireNonNull(sensors, "sensors");
    Objects.requireNonNull(pollution, "pollution");
    Objects.requireNonNull(incidents, "incidents");
  }

  /** A scenario without incidents. */
  public Scenario(String name, String description, SimulationSpec simulation, NetworkSpec network,
      DemandSpec demand, TrafficSpec traffic, OutputSpec outputs, Path baseDir,
      List<AgentSpec> agents, SensorSpec sensors, PollutionSpec pollution) {
    this(name, description, simulation, network, demand, traffic, outputs, baseDir, agents,
        sensors, pollution, IncidentsSpec.off());
  }

  /** A scenario without a pollution model. */
  public Scenario(String name, String description, SimulationSpec simulation, NetworkSpec network,
      DemandSpec demand, TrafficSpec traffic, OutputSpec outputs, Path baseDir,
      List<AgentSpec> agents, SensorSpec sensors) {
    this(name, description, simulation, network, demand, traffic, outputs, baseDir, agents,
        sensors, PollutionSpec.off());
  }

  /** A scenario without agents. */
  public Scenario(String name, String description, SimulationSpec simulation, NetworkSpec network,
      DemandSpec demand, TrafficSpec traffic, OutputSpec outputs, Path baseDir) {
    this(name, description, simulation, network, demand, traffic, outputs, baseDir, List.of());
  }

  /** A scenario with the default sensor settings and no cameras of its own. */
  public Scenario(String name, String description, SimulationSpec simulation, NetworkSpec network,
      DemandSpec demand, TrafficSpec traffic, OutputSpec outputs, Path baseDir,
      List<AgentSpec> agents) {
    this(name, description, simulation, network, demand, traffic, outputs, baseDir, agents,
        SensorSpec.defaults());
  }

  /**
   * A copy without the {@code incidents} section, same seed: the baseline that the delay caused
   * by incidents is measured against (random streams are named, so its demand is the same).
   */
  public Scenario withoutIncidents() {
    return new Scenario(name, description, simulation, network, demand, traffic, outputs,
        baseDir, agents, sensors, pollution, IncidentsSpec.off());
  }

  /** A copy with another seed (the CLI's {@code --seed}). */
  public Scenario withSeed(long seed) {
    return new Scenario(name, description,
        new SimulationSpec(simulation.start(), simulation.end(), seed, simulation.replication()),
        network, demand, traffic, outputs, baseDir, agents, sensors, pollution, incidents);
  }
}
