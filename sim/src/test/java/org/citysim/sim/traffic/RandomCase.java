package org.citysim.sim.traffic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.citysim.sim.build.BuiltNetwork;
import org.citysim.sim.build.GridFactory;
import org.citysim.sim.demand.Trip;
import org.citysim.sim.demand.TripTable;
import org.citysim.sim.network.NetworkException;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.network.RoadNetworkBuilder;
import org.citysim.sim.routing.Router;
import org.citysim.sim.scenario.GridSignals;
import org.citysim.sim.scenario.GridSpec;
import org.citysim.sim.scenario.TrafficSpec;
import org.citysim.sim.signal.SignalPlan;
import org.citysim.sim.signal.SignalTimings;

/**
 * Test fixture: a small random network (a generated grid, or an explicit network with some very
 * short, low-capacity links), routed random trips and random model parameters, all derived from
 * one seed so a failing case is reproduced from the seed alone.
 */
final class RandomCase {
  final long seed;
  final String description;
  final RoadNetwork net;
  final SignalTimings signals;
  final TripTable trips;
  final TrafficSpec spec;

  private RandomCase(long seed, String description, BuiltNetwork built, TripTable trips,
      TrafficSpec spec) {
    this.seed = seed;
    this.description = description;
    this.net = built.network();
    this.signals = built.signals();
    this.trips = trips;
    this.spec = spec;
  }

  /**
   * A case from {@code seed}.
   *
   * @param generous true for roomy links (long, several lanes, storage well above need), so no
   *                 spillback-induced gridlock is likely
   */
  static RandomCase of(long seed, boolean generous) {
    Random r = new Random(seed);
    StringBuilder d = new StringBuilder("seed=" + seed + (generous ? " generous" : "") + ": ");
    BuiltNetwork built = r.nextBoolean() ? grid(r, generous, d) : explicit(r, generous, d);
    boolean holes = r.nextBoolean();
    TrafficSpec spec = new TrafficSpec(7.5, holes ? 1 + 6 * r.nextDouble() : 0,
        5 + 600 * r.nextDouble());
    d.append(", ").append(spec);
    TripTable trips = trips(r, built.network(), d);
    return new RandomCase(seed, d.toString(), built, trips, spec);
  }

  private static BuiltNetwork grid(Random r, boolean generous, StringBuilder d) {
    GridSignals sig = r.nextBoolean()
        ? new GridSignals(true, 20 + 100 * r.nextDouble(), 5 * r.nextDouble(),
            0.2 + 0.6 * r.nextDouble(), 20 * r.nextDouble())
        : new GridSignals(false, 60, 4, 0.5, 0);
    GridSpec g = new GridSpec(2 + r.nextInt(4), 2 + r.nextInt(4),
        generous ? 200 + 200 * r.nextDouble() : 8 + 300 * r.nextDouble(),
        generous ? 2 + r.nextInt(2) : 1 + r.nextInt(3), 5 + 15 * r.nextDouble(),
        200 + 1800 * r.nextDouble(), sig);
    d.append(g);
    return GridFactory.build(g, 7.5);
  }

  private static BuiltNetwork explicit(Random r, boolean generous, StringBuilder d) {
    int n = 3 + r.nextInt(5);
    RoadNetworkBuilder b = new RoadNetworkBuilder();
    for (int i = 0; i < n; i++) {
      b.addNode("n" + i, 500 * r.nextDouble(), 500 * r.nextDouble());
    }
    // A two-way ring keeps everything connected; chords add route choice.
    List<int[]> ends = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ends.add(new int[] {i, (i + 1) % n});
      ends.add(new int[] {(i + 1) % n, i});
    }
    int chords = r.nextInt(n + 1);
    for (int k = 0; k < chords; k++) {
      int a = r.nextInt(n);
      int c = r.nextInt(n);
      if (a != c) {
        ends.add(new int[] {a, c});
      }
    }
    if (n == 3) {
      d.append("triangle ");
    }
    int shortLinks = 0;
    List<Integer> laneCount = new ArrayList<>();
    for (int k = 0; k < ends.size(); k++) {
      int[] e = ends.get(k);
      String id = "L" + k;
      if (!generous && r.nextInt(3) == 0) {
        // Very short, slow to drain, storage for one or two vehicles.
        shortLinks++;
        b.addLink(id, "n" + e[0], "n" + e[1], 3 + 12 * r.nextDouble(), 1,
            3 + 10 * r.nextDouble(), 100 + 500 * r.nextDouble(), 1 + r.nextInt(2));
        laneCount.add(1);
      } else if (generous) {
        b.addLink(id, "n" + e[0], "n" + e[1], 200 + 300 * r.nextDouble(), 3,
            5 + 10 * r.nextDouble(), 600 + 1500 * r.nextDouble(), 200);
        laneCount.add(3);
      } else {
        int lanes = 1 + r.nextInt(2);
        b.addLink(id, "n" + e[0], "n" + e[1], 20 + 300 * r.nextDouble(), lanes,
            5 + 10 * r.nextDouble(), 300 + 1500 * r.nextDouble());
        laneCount.add(lanes);
      }
    }
    boolean explicitMoves = r.nextInt(3) == 0;
    if (explicitMoves) {
      int kept = 0;
      for (int a = 0; a < ends.size(); a++) {
        for (int c = 0; c < ends.size(); c++) {
          if (ends.get(a)[1] == ends.get(c)[0] && r.nextInt(4) != 0) {
            int lanes = laneCount.get(a);
            if (lanes > 1 && r.nextInt(4) != 0) {
              // Most movements of multi-lane links leave from one lane (an exclusive lane),
              // some from all: lane groups, and shared lanes that join them.
              List<Integer> from = new ArrayList<>();
              if (r.nextInt(4) == 0) {
                for (int lane = 0; lane < lanes; lane++) {
                  from.add(lane);
                }
              } else {
                from.add(r.nextInt(lanes));
              }
              b.addMovement("L" + a, "L" + c, from.stream().mapToInt(Integer::intValue).toArray());
              d.append("lanes ").append(a).append('>').append(c).append(from).append(' ');
            } else {
              b.addMovement("L" + a, "L" + c);
            }
            if (r.nextInt(3) == 0) {
              b.setCrossingTime("L" + a, "L" + c, 5 * r.nextDouble());
            }
            kept++;
          }
        }
      }
      if (kept == 0) {
        b.addMovement("L0", "L2"); // n0>n1 then n1>n2 (or back to n0 on a triangle's ring)
      }
    }
    RoadNetwork net;
    try {
      net = b.build();
    } catch (NetworkException e) {
      throw new IllegalStateException("fixture built an invalid network: " + e.getMessage(), e);
    }
    List<SignalPlan> plans = new ArrayList<>();
    for (int node = 0; node < net.nodeCount(); node++) {
      List<Integer> moves = new ArrayList<>();
      for (int l : net.inLinks(node)) {
        for (int m = net.movementStart(l); m < net.movementEnd(l); m++) {
          moves.add(m);
        }
      }
      if (moves.isEmpty() || r.nextInt(5) < 3) {
        continue;
      }
      int phases = 1 + r.nextInt(3);
      List<List<Integer>> green = new ArrayList<>();
      for (int p = 0; p < phases; p++) {
        green.add(new ArrayList<>());
      }
      moves.forEach(m -> green.get(r.nextInt(phases)).add(m));
      List<SignalPlan.Phase> list = new ArrayList<>();
      for (List<Integer> g : green) {
        list.add(new SignalPlan.Phase(5 + 40 * r.nextDouble(),
            g.stream().mapToInt(Integer::intValue).toArray()));
        if (r.nextBoolean()) {
          list.add(new SignalPlan.Phase(1 + 4 * r.nextDouble(), new int[0]));
        }
      }
      plans.add(new SignalPlan(node, 100 * r.nextDouble(), list));
    }
    d.append("explicit ").append(n).append(" nodes, ").append(ends.size()).append(" links (")
        .append(shortLinks).append(" short), ").append(explicitMoves ? "explicit" : "default")
        .append(" movements, ").append(plans.size()).append(" signal plans");
    return new BuiltNetwork(net, SignalTimings.of(net, plans));
  }

  private static TripTable trips(Random r, RoadNetwork net, StringBuilder d) {
    Router router = new Router(net, net::freeFlowTime);
    int wanted = 1 + r.nextInt(150);
    double window = r.nextInt(4) == 0 ? 0 : 1800 * r.nextDouble();
    List<Trip> trips = new ArrayList<>();
    List<int[]> routes = new ArrayList<>();
    for (int k = 0; k < 4 * wanted && trips.size() < wanted; k++) {
      int o = r.nextInt(net.nodeCount());
      int dest = r.nextInt(net.nodeCount());
      int[] route = o == dest ? null : router.route(o, dest);
      if (route != null) {
        trips.add(new Trip("t" + trips.size(), o, dest, Math.floor(window * r.nextDouble())));
        routes.add(route);
      }
    }
    Integer[] order = new Integer[trips.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble(i -> trips.get(i).departure()));
    List<Trip> sorted = new ArrayList<>();
    int[][] sortedRoutes = new int[order.length][];
    double[] fft = new double[order.length];
    for (int i = 0; i < order.length; i++) {
      sorted.add(trips.get(order[i]));
      sortedRoutes[i] = routes.get(order[i]);
      fft[i] = net.freeFlowTime(sortedRoutes[i]);
    }
    d.append(", ").append(sorted.size()).append(" trips departing in [0, ")
        .append(Math.round(window)).append("] s");
    return new TripTable(sorted, sortedRoutes, fft);
  }

  /** Last planned departure [s], or 0 without trips. */
  double lastDeparture() {
    return trips.size() == 0 ? 0 : trips.departure(trips.size() - 1);
  }

  @Override
  public String toString() {
    return description;
  }
}
