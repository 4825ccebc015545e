package org.citysim.sim.metrics;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.demand.Trip;
import org.citysim.sim.demand.TripTable;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.network.NetworkException;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.network.RoadNetworkBuilder;
import org.citysim.sim.random.RandomStreams;
import org.citysim.sim.scenario.TrafficSpec;
import org.citysim.sim.signal.SignalPlan;
import org.citysim.sim.signal.SignalState;
import org.citysim.sim.signal.SignalTimings;
import org.citysim.sim.traffic.QueueTrafficModel;

/**
 * Test fixture: n0 -l0-> n1 -l1-> n2, a signal at n1 that is red for {@code red} s and then
 * green for {@code green} s, starting with red at {@code offset}. l0 is 100 m at 10 m/s (10 s
 * free flow) with the given capacity; l1 is long enough and fast enough never to hold anyone.
 * Trips run n0 to n2, or n0 to n1 (ending on the approach) when listed as short.
 */
final class SignalisedApproach {
  static final TrafficSpec NO_HOLES = new TrafficSpec(7.5, 0, 3600);

  final RoadNetwork net;
  final List<SignalPlan> plans;
  Kernel kernel;
  QueueTrafficModel model;
  JunctionCollector junctions;
  NetworkDelayCollector delay;

  SignalisedApproach(double capacity, int lanes, double red, double green, double offset)
      throws NetworkException {
    net = new RoadNetworkBuilder()
        .addNode("n0", 0, 0).addNode("n1", 100, 0).addNode("n2", 2100, 0)
        .addLink("l0", "n0", "n1", 100, lanes, 10, capacity, 500)
        .addLink("l1", "n1", "n2", 2000, 4, 40, 7200, 500)
        .build();
    int m = net.movementIndex(0, 1);
    plans = List.of(new SignalPlan(1, offset, List.of(
        new SignalPlan.Phase(red, new int[0]),
        new SignalPlan.Phase(green, new int[] {m}))));
  }

  /** Runs trips departing at {@code departures} (all to n2) and {@code short} (to n1). */
  void run(double[] departures, double[] shortTrips, double end, double sampleInterval,
      double stopDelay) {
    List<double[]> all = new ArrayList<>();
    for (double d : departures) {
      all.add(new double[] {d, 0});
    }
    for (double d : shortTrips) {
      all.add(new double[] {d, 1});
    }
    all.sort((a, b) -> Double.compare(a[0], b[0]));
    List<Trip> trips = new ArrayList<>();
    int[][] routes = new int[all.size()][];
    double[] ffts = new double[all.size()];
    for (int i = 0; i < all.size(); i++) {
      boolean toN1 = all.get(i)[1] == 1;
      trips.add(new Trip("t" + i, 0, toN1 ? 1 : 2, all.get(i)[0]));
      routes[i] = toN1 ? new int[] {0} : new int[] {0, 1};
      ffts[i] = toN1 ? 10 : 10 + 50;
    }
    TripTable table = new TripTable(trips, routes, ffts);
    kernel = new Kernel(0, end, new RandomStreams(1, 0));
    SignalState signals = new SignalState(net, SignalTimings.of(net, plans));
    delay = new NetworkDelayCollector(kernel.bus(), net, table.size());
    model = new QueueTrafficModel(kernel, net, signals, table, NO_HOLES);
    junctions = new JunctionCollector(kernel, model, net, signals, sampleInterval, stopDelay);
    kernel.run(10_000_000);
  }

  /** Departures every {@code headway} s from 0 until before {@code until}. */
  static double[] every(double headway, double until) {
    int n = (int) Math.ceil(until / headway - 1e-9);
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = i * headway;
    }
    return d;
  }
}
