package org.citysim.sim.traffic;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.demand.Trip;
import org.citysim.sim.demand.TripTable;
import org.citysim.sim.event.EventBus;
import org.citysim.sim.kernel.EndReason;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.network.NetworkException;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.network.RoadNetworkBuilder;
import org.citysim.sim.random.RandomStreams;
import org.citysim.sim.scenario.TrafficSpec;
import org.citysim.sim.signal.SignalPlan;
import org.citysim.sim.signal.SignalTimings;

/** Test fixture: a straight chain of links n0 -> n1 -> ... with trips over all of it. */
final class Corridor {
  final RoadNetwork net;
  final List<Double> exitTimes = new ArrayList<>();
  final List<Double> arrivals = new ArrayList<>();
  Kernel kernel;
  QueueTrafficModel model;
  /** Events a run may process at most, so a model that livelocks fails instead of hanging. */
  long maxEvents = 10_000_000;
  EndReason endReason;
  /** Called after the model is made and before the run (to schedule closures, say). */
  java.util.function.Consumer<Corridor> beforeRun = c -> { };

  /** links given as {length, lanes, speed, capacity, storage}. */
  Corridor(double[]... links) throws NetworkException {
    RoadNetworkBuilder b = new RoadNetworkBuilder();
    for (int i = 0; i <= links.length; i++) {
      b.addNode("n" + i, i * 100.0, 0);
    }
    for (int i = 0; i < links.length; i++) {
      double[] s = links[i];
      b.addLink("l" + i, "n" + i, "n" + (i + 1), s[0], (int) s[1], s[2], s[3], s[4]);
    }
    net = b.build();
  }

  /** Runs {@code count} trips over the whole corridor departing at {@code departures}. */
  void run(double[] departures, double end, TrafficSpec spec, List<SignalPlan> plans,
      int watchLink) {
    int[] route = new int[net.linkCount()];
    double fft = 0;
    for (int i = 0; i < route.length; i++) {
      route[i] = i;
      fft += net.freeFlowTime(i);
    }
    List<Trip> trips = new ArrayList<>();
    int[][] routes = new int[departures.length][];
    double[] ffts = new double[departures.length];
    for (int i = 0; i < departures.length; i++) {
      trips.add(new Trip("t" + i, 0, net.nodeCount() - 1, departures[i]));
      routes[i] = route;
      ffts[i] = fft;
    }
    kernel = new Kernel(0, end, new RandomStreams(1, 0));
    EventBus bus = kernel.bus();
    bus.subscribe(LinkExited.class, e -> {
      if (e.link() == watchLink) {
        exitTimes.add(e.time());
      }
      if (e.arrived()) {
        arrivals.add(e.time());
      }
    });
    model = new QueueTrafficModel(kernel, net, plans.isEmpty() ? SignalTimings.none(net)
        : SignalTimings.of(net, plans), new TripTable(trips, routes, ffts), spec);
    beforeRun.accept(this);
    endReason = kernel.run(maxEvents);
  }

  static double[] allAt(double t, int n) {
    double[] d = new double[n];
    java.util.Arrays.fill(d, t);
    return d;
  }
}
