package org.citysim.sim.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.citysim.sim.demand.Trip;
import org.citysim.sim.demand.VehicleType;
import org.citysim.sim.imports.sumo.SumoDemand;
import org.citysim.sim.imports.sumo.SumoDemandVehicle;
import org.citysim.sim.imports.sumo.SumoRouteReader;
import org.citysim.sim.imports.sumo.SumoVehicleType;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.random.RandomStream;
import org.citysim.sim.random.RandomStreams;
import org.citysim.sim.routing.Router;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;

/**
 * Turns SUMO route files into routed trips: a vehicle's {@code edges} become its route as they
 * are (every step must be an allowed movement). A {@code <trip from to>} (and a {@code <flow>}
 * with from and to) is routed between its first and last edge on free-flow times here, which
 * checks that a route exists, and is marked to be routed again when it enters its first edge, on
 * the travel times of that moment: SUMO equips such vehicles with its routing device, which
 * routes them just before insertion on the edge travel times it measures during the run
 * ({@code MSDevice_Routing}, forced for trips). Vehicles start at the beginning of their first edge
 * and arrive at the end of their last (SUMO's {@code departPos} and {@code arrivalPos} are not
 * modelled; the route reader reports them as ignored).
 *
 * <p>Each trip keeps its vehicle type (id, {@code vClass}, {@code emissionClass}) as a
 * {@link VehicleType}. A vehicle whose type is a {@code vTypeDistribution} gets one member, drawn
 * by the members' weights from the given stream, one draw per such vehicle in departure order, as
 * SUMO draws a type per vehicle.
 */
final class SumoDemandBuilder {
  private SumoDemandBuilder() {}

  /**
   * Starts reading the route files on a background thread, so that they are parsed while the
   * network is read (about half of a small SUMO scenario's start-up on 2 cores).
   */
  static FutureTask<SumoRouteReader.Parsed> startParsing(List<Path> files, RandomStreams streams,
      double start, double end) {
    // The stream is taken here, on the calling thread; the task is then its only user.
    RandomStream flows = streams.stream("sumo-flows");
    FutureTask<SumoRouteReader.Parsed> task =
        new FutureTask<>(() -> SumoRouteReader.parse(files, start, end, flows));
    Thread t = new Thread(task, "citysim-sumo-routes");
    t.setDaemon(true);
    t.start();
    return task;
  }

  /**
   * @param parsing      the route files being read ({@link #startParsing})
   * @param trips        receives the trips
   * @param routes       receives their routes, same order
   * @param routeOnEntry receives the indices in {@code trips} of the trips to route on entry
   * @param typeDraws    stream to draw members of vTypeDistributions from
   * @param types        receives the vehicle type of each trip, same order as {@code trips}
   */
  static void build(FutureTask<SumoRouteReader.Parsed> parsing, RoadNetwork net, Router router,
      Path source, List<Trip> trips, List<int[]> routes, BitSet routeOnEntry,
      RandomStream typeDraws, List<VehicleType> types, List<String> warnings)
      throws ScenarioException {
    SumoDemand demand = await(parsing).resolve(id -> net.linkIndex(id) >= 0);
    warnings.addAll(demand.warnings());
    Map<String, VehicleType> shared = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (SumoDemandVehicle v : demand.vehicles()) {
      int[] route = v.isTrip()
          ? router.routeLinks(net.linkIndex(v.fromEdge()), net.linkIndex(v.toEdge()))
          : links(v.edges(), net);
      String broken = route == null ? "no route between its edges" : gap(route, net);
      if (broken != null) {
        if (problems.size() < 20) {
          problems.add(new Problem(source, 0, 0, "demand.sumo.routes",
              "vehicle " + v.id() + ": " + broken,
              "every pair of consecutive edges must be joined by a connection in the net"));
        }
        continue;
      }
      routeOnEntry.set(trips.size(), v.isTrip());
      trips.add(new Trip(v.id(), net.from(route[0]), net.to(route[route.length - 1]),
          v.depart()));
      routes.add(route);
      SumoVehicleType t = pick(demand.types().get(v.type()), typeDraws);
      types.add(shared.computeIfAbsent(t.id(),
          id -> new VehicleType(id, t.vClass(), t.emissionClass())));
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
  }

  /** One member of a type or distribution, by weight; no draw when there is one member. */
  private static SumoVehicleType pick(List<SumoVehicleType> members, RandomStream rnd) {
    if (members.size() == 1) {
      return members.get(0);
    }
    double total = 0;
    for (SumoVehicleType m : members) {
      total += m.probability();
    }
    double u = rnd.uniform() * total;
    for (SumoVehicleType m : members) {
      u -= m.probability();
      if (u < 0) {
        return m;
      }
    }
    // Rounding left u at or just above 0: the last member with a positive weight.
    for (int i = members.size() - 1; i > 0; i--) {
      if (members.get(i).probability() > 0) {
        return members.get(i);
      }
    }
    return members.get(0);
  }

  private static SumoRouteReader.Parsed await(FutureTask<SumoRouteReader.Parsed> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading SUMO route files", e);
    } catch (ExecutionException e) {
      // parse() reports bad input as problems, so what arrives here is a bug or an Error.
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static int[] links(List<String> edges, RoadNetwork net) {
    int[] r = new int[edges.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = net.linkIndex(edges.get(i));
    }
    return r;
  }

  /** Why the route is not drivable, or null. */
  private static String gap(int[] route, RoadNetwork net) {
    for (int i = 0; i + 1 < route.length; i++) {
      if (net.movementIndex(route[i], route[i + 1]) < 0) {
        return "no connection from edge " + net.link(route[i]).id() + " to edge "
            + net.link(route[i + 1]).id();
      }
    }
    return null;
  }
}
