package org.citysim.sim.incident;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.demand.Trip;
import org.citysim.sim.demand.TripTable;
import org.citysim.sim.kernel.EndReason;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.network.RoadNetworkBuilder;
import org.citysim.sim.random.RandomStreams;
import org.citysim.sim.routing.Router;
import org.citysim.sim.scenario.TrafficSpec;
import org.citysim.sim.signal.SignalTimings;
import org.citysim.sim.traffic.LinkExited;
import org.citysim.sim.traffic.QueueTrafficModel;

/**
 * Test fixture: a small network with a direct link and a detour.
 *
 * <pre>
 *   a: n0 -> n1 (200 m, two lanes: one for b, one for c)   b: n1 -> n3 (300 m, direct)   e: n3 -> n4 (200 m)
 *   c: n1 -> n2 (400 m)   d: n2 -> n3 (400 m, the detour)
 * </pre>
 * Trips go n0 -> n4, on a-b-e in free flow.
 */
final class Rig {
  final RoadNetwork net;
  Kernel kernel;
  QueueTrafficModel model;
  Incidents incidents;
  EndReason endReason;
  final List<Double> arrivals = new ArrayList<>();
  final List<String> usedLinks = new ArrayList<>();

  Rig() throws Exception {
    net = new RoadNetworkBuilder()
        .addNode("n0", 0, 0).addNode("n1", 200, 0).addNode("n2", 350, 300)
        .addNode("n3", 500, 0).addNode("n4", 700, 0)
        .addLink("a", "n0", "n1", 200, 2, 10, 3600)
        .addLink("b", "n1", "n3", 300, 1, 10, 1800)
        .addLink("c", "n1", "n2", 400, 1, 10, 1800)
        .addLink("d", "n2", "n3", 400, 1, 10, 1800)
        .addLink("e", "n3", "n4", 200, 1, 10, 1800)
        .addMovement("a", "b", 0).addMovement("a", "c", 1)
        .addMovement("b", "e").addMovement("c", "d").addMovement("d", "e")
        .build();
  }

  /** Runs {@code n} trips n0 -> n4, one every {@code gap} s from 0, until {@code end}. */
  void run(int n, double gap, double end, long seed, IncidentSpec spec) {
    run(n, gap, end, seed, spec, (k, i) -> { });
  }

  /** As above; {@code setup} runs before the kernel does (a dispatcher subscribes there). */
  void run(int n, double gap, double end, long seed, IncidentSpec spec,
      java.util.function.BiConsumer<Kernel, Incidents> setup) {
    Router router = new Router(net, net::freeFlowTime);
    int[] route = router.route(net.nodeIndex("n0"), net.nodeIndex("n4"));
    List<Trip> trips = new ArrayList<>();
    int[][] routes = new int[n][];
    double[] fft = new double[n];
    for (int i = 0; i < n; i++) {
      trips.add(new Trip("t" + i, net.nodeIndex("n0"), net.nodeIndex("n4"), i * gap));
      routes[i] = route;
      fft[i] = net.freeFlowTime(route);
    }
    kernel = new Kernel(0, end, new RandomStreams(seed, 0));
    kernel.bus().subscribe(LinkExited.class, e -> {
      if (e.arrived()) {
        arrivals.add(e.time());
      }
      usedLinks.add(e.vehicle() + ":" + net.link(e.link()).id().value());
    });
    model = new QueueTrafficModel(kernel, net, SignalTimings.none(net),
        new TripTable(trips, routes, fft), new TrafficSpec(7.5, 15 / 3.6, 120));
    incidents = new Incidents(kernel, net, model, spec);
    setup.accept(kernel, incidents);
    endReason = kernel.run(1_000_000);
  }

  int link(String id) {
    return net.linkIndex(id);
  }

  long vehiclesThatUsed(String link) {
    return usedLinks.stream().filter(s -> s.endsWith(":" + link)).count();
  }
}
