package org.citysim.sim.sensor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.citysim.sim.demand.Trip;
import org.citysim.sim.demand.TripTable;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.kernel.Priorities;
import org.citysim.sim.network.NetworkException;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.network.RoadNetworkBuilder;
import org.citysim.sim.random.RandomStream;
import org.citysim.sim.random.RandomStreams;
import org.citysim.sim.scenario.TrafficSpec;
import org.citysim.sim.signal.SignalTimings;
import org.citysim.sim.traffic.QueueTrafficModel;

/**
 * Test fixture: a straight corridor n0 -> n1 -> ... with trips over all of it, its traffic model
 * and a {@link SensorHub}, without agents. Sensors are asked for before the run, as agents do
 * when they start; probes run at given times before the traffic of that instant (as control
 * decisions do).
 */
final class SensorRig {
  final RoadNetwork net;
  final Kernel kernel;
  final QueueTrafficModel model;
  final SensorHub hub;

  /**
   * @param links      {length [m], lanes, speed [m/s], capacity [veh/h]} per link
   * @param departures trip departures [s], increasing
   * @param start      start of the run [s]
   * @param end        end of the run [s]
   * @param seed       the run's seed
   * @param spec       the sensors section
   */
  SensorRig(double[][] links, double[] departures, double start, double end, long seed,
      SensorSpec spec) throws NetworkException {
    RoadNetworkBuilder b = new RoadNetworkBuilder();
    for (int i = 0; i <= links.length; i++) {
      b.addNode("n" + i, i * 100.0, 0);
    }
    for (int i = 0; i < links.length; i++) {
      double[] s = links[i];
      double storage = s[0] * s[1] / 7.5;
      b.addLink("l" + i, "n" + i, "n" + (i + 1), s[0], (int) s[1], s[2], s[3], storage);
    }
    net = b.build();
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
    kernel = new Kernel(start, end, new RandomStreams(seed, 0));
    model = new QueueTrafficModel(kernel, net, SignalTimings.none(net),
        new TripTable(trips, routes, ffts), new TrafficSpec(7.5, 0, 3600));
    hub = new SensorHub(kernel, net, model, spec);
  }

  /** Two links of 100 m, two lanes, 10 m/s and 7200 veh/h: free flow at moderate demand. */
  static double[][] freeCorridor(int links) {
    double[][] l = new double[links][];
    for (int i = 0; i < links; i++) {
      l[i] = new double[] {100, 2, 10, 7200};
    }
    return l;
  }

  /** Poisson departures at {@code rate} [veh/s] over [start, end), from their own stream. */
  static double[] poisson(double rate, double start, double end, long seed) {
    RandomStream r = new RandomStreams(seed, 0).stream("test:departures");
    List<Double> out = new ArrayList<>();
    for (double t = start + r.exponential(rate); t < end; t += r.exponential(rate)) {
      out.add(t);
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  ApproachSensor camera(String link) {
    return hub.approach(link, SensorKind.CAMERA);
  }

  ApproachSensor loop(String link) {
    return hub.approach(link, SensorKind.LOOP);
  }

  /** Runs {@code probe} at {@code time}, before vehicles move then. */
  void at(double time, Consumer<Double> probe) {
    kernel.schedule(time, Priorities.CONTROL, () -> probe.accept(kernel.now()));
  }

  /** Runs {@code probe} right after each interval closes (after the hub at the same instant). */
  void afterEachInterval(Consumer<Double> probe) {
    kernel.every(kernel.startTime() + hub.interval(), hub.interval(), Priorities.MEASURE + 1,
        probe::accept);
  }

  /** Runs to the end and returns what the cameras counted. */
  SensorOutputs run() {
    kernel.run();
    return hub.outputs();
  }

  /** A sensors section with these parts and the defaults for the rest. */
  static SensorSpec spec(double interval, double dropout, DailyHours night,
      List<WeatherPeriod> weather, CameraModel camera) {
    return new SensorSpec(interval, dropout, night, weather, camera, List.of());
  }

  /** The default camera with other rates in every condition, occlusion and false positives. */
  static CameraModel camera(Detection all, double occlusion, boolean falsePositives) {
    CameraModel d = CameraModel.defaults();
    return new CameraModel(all, all, all, all, occlusion, falsePositives, d.latency(), d.fleet(),
        d.confusion());
  }
}
