package org.citysim.sim.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where trips come from. All parts add up; at least one must produce trips.
 *
 * @param profile time-of-day factors applied to {@code flows} and {@code random}
 * @param flows   origin-destination flows
 * @param random  uniformly random origin-destination pairs, if any
 * @param tripFiles CSV trip lists (columns {@code id,departure,from,to}), resolved paths
 * @param sumoRoutes SUMO route files and additional files with vehicle types, resolved paths
 */
public record DemandSpec(
    TimeProfile profile, List<OdFlowSpec> flows, Optional<RandomDemandSpec> random,
    List<Path> tripFiles, List<Path> sumoRoutes) {

  public DemandSpec {
    java.util.Objects.requireNonNull(profile, "profile");
    flows = List.copyOf(flows);
    java.util.Objects.requireNonNull(random, "random");
    tripFiles = List.copyOf(tripFiles);
    sumoRoutes = List.copyOf(sumoRoutes);
  }

  /** Demand without SUMO route files. */
  public DemandSpec(TimeProfile profile, List<OdFlowSpec> flows,
      Optional<RandomDemandSpec> random, List<Path> tripFiles) {
    this(profile, flows, random, tripFiles, List.of());
  }

  /**
   * A flow between two nodes.
   *
   * @param from origin node id
   * @param to   destination node id
   * @param rate mean rate at profile factor 1 [veh/h]
   */
  public record OdFlowSpec(String from, String to, double rate) {}

  /**
   * Trips between random node pairs (origin != destination), drawn uniformly.
   *
   * @param rate   mean total rate at profile factor 1 [veh/h]
   * @param places which nodes may be origins and destinations
   */
  public record RandomDemandSpec(double rate, Places places) {}

  /** Node sets for random demand. */
  public enum Places {
    /** Every node. */
    ALL,
    /** Nodes on the boundary of the network (fewer than four neighbours). */
    BOUNDARY
  }
}
