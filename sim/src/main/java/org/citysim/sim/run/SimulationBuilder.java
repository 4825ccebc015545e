package org.citysim.sim.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.FutureTask;
import org.citysim.sim.agent.AgentRegistry;
import org.citysim.sim.build.BuiltNetwork;
import org.citysim.sim.build.ExplicitNetworkFactory;
import org.citysim.sim.build.GridFactory;
import org.citysim.sim.demand.DemandGenerator;
import org.citysim.sim.demand.Trip;
import org.citysim.sim.demand.TripCsvReader;
import org.citysim.sim.demand.TripTable;
import org.citysim.sim.demand.VehicleType;
import org.citysim.sim.network.NetworkException;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.random.RandomStreams;
import org.citysim.sim.routing.Router;
import org.citysim.sim.scenario.DemandSpec;
import org.citysim.sim.scenario.ExplicitNetworkSpec;
import org.citysim.sim.scenario.GridSpec;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.scenario.SumoNetworkSpec;
import org.citysim.sim.imports.sumo.SumoNetReader;
import org.citysim.sim.imports.sumo.SumoNetwork;
import org.citysim.sim.imports.sumo.SumoRouteReader;

/**
 * Turns a scenario into a ready {@link Simulation}: network and signals, trips (flows, random
 * demand, CSV lists) routed on free-flow travel times (SUMO trips given by their first and last
 * edge are routed again as they enter the network, see {@link SumoDemandBuilder}), then the kernel, the traffic model and
 * the metrics observers. Problems found here (an inconsistent network, a trip without a route)
 * are reported together as a {@link ScenarioException}.
 */
public final class SimulationBuilder {
  private SimulationBuilder() {}

  /**
   * Builds a simulation.
   *
   * @param scenario     the validated scenario
   * @param resolvedYaml the scenario as resolved, copied into the results
   * @param source       the scenario file, for error messages (may be null)
   */
  public static Simulation build(Scenario scenario, String resolvedYaml, Path source)
      throws ScenarioException {
    List<String> warnings = new ArrayList<>();
    RandomStreams streams = new RandomStreams(scenario.simulation().seed(),
        scenario.simulation().replication());
    List<Path> sumoRoutes = scenario.demand().sumoRoutes();
    FutureTask<SumoRouteReader.Parsed> sumoParsing = sumoRoutes.isEmpty() ? null
        : SumoDemandBuilder.startParsing(sumoRoutes, streams, scenario.simulation().start(),
            scenario.simulation().end());
    BuiltNetwork built;
    try {
      built = network(scenario, source, warnings);
    } catch (ScenarioException | RuntimeException e) {
      if (sumoParsing != null) {
        sumoParsing.cancel(true);
      }
      throw e;
    }
    RoadNetwork net = built.network();
    net.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
    TripTable trips = trips(scenario, net, streams, source, warnings, sumoParsing);
    AgentRegistry registry = scenario.agents().isEmpty() ? new AgentRegistry(List.of())
        : AgentRegistry.discover();
    return new Simulation(scenario, resolvedYaml, built, trips, streams, warnings, registry,
        source);
  }

  private static BuiltNetwork network(Scenario s, Path source, List<String> warnings)
      throws ScenarioException {
    double cell = s.traffic().cellSize();
    if (s.network() instanceof GridSpec g) {
      return GridFactory.build(g, cell);
    }
    if (s.network() instanceof SumoNetworkSpec n) {
      SumoNetwork imported = new SumoNetReader(n.saturationFlow(), cell)
          .read(n.net(), n.additional());
      warnings.addAll(imported.warnings());
      return imported.built();
    }
    try {
      return ExplicitNetworkFactory.build((ExplicitNetworkSpec) s.network(), cell);
    } catch (NetworkException e) {
      throw new ScenarioException(e.problems().stream().map(p -> new Problem(source, 0, 0,
          "network", p, "fix the network so that every link and movement is consistent"))
          .toList());
    }
  }

  private static TripTable trips(Scenario s, RoadNetwork net, RandomStreams streams, Path source,
      List<String> warnings, FutureTask<SumoRouteReader.Parsed> sumoParsing)
      throws ScenarioException {
    DemandSpec d = s.demand();
    double start = s.simulation().start();
    double end = s.simulation().end();
    DemandGenerator gen = new DemandGenerator(net, streams.stream("demand"), start, end);
    List<Problem> problems = new ArrayList<>();
    List<Trip> fixed = new ArrayList<>();
    List<String> fixedField = new ArrayList<>();
    List<Trip> flows = gen.flows(d);
    fixed.addAll(flows);
    flows.forEach(t -> fixedField.add("demand.flows[" + t.id().substring(1, t.id().indexOf('-'))
        + "]"));
    for (int i = 0; i < d.tripFiles().size(); i++) {
      Path f = d.tripFiles().get(i);
      try {
        int outside = 0;
        for (Trip t : TripCsvReader.read(f, net)) {
          if (t.departure() >= start && t.departure() <= end) {
            fixed.add(t);
            fixedField.add("demand.trips[" + i + "] (" + f.getFileName() + ", trip " + t.id()
                + ")");
          } else {
            outside++;
          }
        }
        if (outside > 0) {
          warnings.add(f.getFileName() + ": " + outside + " trip(s) depart outside the simulated"
              + " window and are left out");
        }
      } catch (ScenarioException e) {
        problems.addAll(e.problems());
      }
    }
    List<Trip> random = d.random().map(r -> gen.random(r, d.profile())).orElse(List.of());
    if (d.random().isPresent() && random.isEmpty()) {
      warnings.add("random demand produced no trips (fewer than two usable places, or a profile"
          + " that is zero over the simulated window)");
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    Router router = new Router(net, net::freeFlowTime);
    int[][] fixedRoutes = TripRouting.route(router, fixed);
    java.util.Set<String> reported = new java.util.HashSet<>();
    for (int i = 0; i < fixed.size(); i++) {
      Trip t = fixed.get(i);
      String od = net.node(t.origin()).id() + " to " + net.node(t.destination()).id();
      if (fixedRoutes[i] == null && reported.add(fixedField.get(i) + od)) {
        problems.add(new Problem(source, 0, 0, fixedField.get(i), "no route from " + od,
            "the destination cannot be reached from the origin; check links, directions and"
                + " allowed movements"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    int[][] randomRoutes = TripRouting.route(router, random);
    List<Trip> all = new ArrayList<>(fixed);
    List<int[]> routes = new ArrayList<>(List.of(fixedRoutes));
    java.util.BitSet onEntry = new java.util.BitSet();
    // Vehicle types of the SUMO trips, which come after the fixed ones; null for the others.
    List<VehicleType> types = new ArrayList<>(java.util.Collections.nCopies(all.size(), null));
    if (sumoParsing != null) {
      SumoDemandBuilder.build(sumoParsing, net, router, source, all, routes, onEntry,
          streams.stream("sumo-vtypes"), types, warnings);
    }
    int dropped = 0;
    for (int i = 0; i < random.size(); i++) {
      if (randomRoutes[i] == null) {
        dropped++;
      } else {
        all.add(random.get(i));
        routes.add(randomRoutes[i]);
        types.add(null);
      }
    }
    if (dropped > 0) {
      warnings.add(dropped + " random trip(s) dropped: no route between their nodes");
    }
    // Stable sort: equal departures keep the order above (flows, files, random).
    Integer[] order = new Integer[all.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble(i -> all.get(i).departure()));
    List<Trip> sorted = new ArrayList<>(all.size());
    int[][] sortedRoutes = new int[all.size()][];
    double[] fft = new double[all.size()];
    boolean[] routeOnEntry = new boolean[all.size()];
    VehicleType[] sortedTypes = new VehicleType[all.size()];
    boolean anyType = false;
    for (int i = 0; i < order.length; i++) {
      sorted.add(all.get(order[i]));
      sortedRoutes[i] = routes.get(order[i]);
      fft[i] = TripRouting.freeFlowTime(net, sortedRoutes[i]);
      routeOnEntry[i] = onEntry.get(order[i]);
      sortedTypes[i] = types.get(order[i]);
      anyType |= sortedTypes[i] != null;
    }
    return new TripTable(sorted, sortedRoutes, fft, routeOnEntry, anyType ? sortedTypes : null);
  }
}
