package org.citysim.sim.emission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.citysim.sim.demand.Trip;
import org.citysim.sim.demand.TripTable;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.network.RoadNetworkBuilder;
import org.citysim.sim.random.RandomStreams;
import org.citysim.sim.scenario.TrafficSpec;
import org.citysim.sim.signal.SignalTimings;
import org.citysim.sim.traffic.QueueTrafficModel;
import org.junit.jupiter.api.Test;

/** Runs the queue model on a three-link corridor with the collector attached. */
class EmissionCollectorTest {
  private static final FleetMix PETROL = new FleetMix(1, 0, 0, 0, 0);

  private record Run(EmissionCollector collector, EmissionOutputs out, RoadNetwork net) {}

  /** Corridor of 3 links of 500 m at 50 km/h; the middle one's capacity is {@code midCap}. */
  private static Run run(int vehicles, double headway, double midCap, double end)
      throws Exception {
    RoadNetworkBuilder b = new RoadNetworkBuilder();
    for (int i = 0; i <= 3; i++) {
      b.addNode("n" + i, i * 500.0, 0);
    }
    for (int i = 0; i < 3; i++) {
      b.addLink("l" + i, "n" + i, "n" + (i + 1), 500, 1, 50 / 3.6, i == 1 ? midCap : 1800);
    }
    RoadNetwork net = b.build();
    int[] route = {0, 1, 2};
    double fft = net.freeFlowTime(0) + net.freeFlowTime(1) + net.freeFlowTime(2);
    List<Trip> trips = new ArrayList<>();
    int[][] routes = new int[vehicles][];
    double[] ffts = new double[vehicles];
    for (int i = 0; i < vehicles; i++) {
      trips.add(new Trip("t" + i, 0, 3, i * headway));
      routes[i] = route;
      ffts[i] = fft;
    }
    TripTable table = new TripTable(trips, routes, ffts);
    Kernel kernel = new Kernel(0, end, new RandomStreams(5, 0));
    EmissionCollector c = new EmissionCollector(kernel, net, table, PETROL, 300);
    new QueueTrafficModel(kernel, net, SignalTimings.none(net), table,
        new TrafficSpec(7.5, 0, 3600));
    kernel.run(10_000_000);
    return new Run(c, c.outputs(), net);
  }

  @Test
  void totals_equalSumOfRows_andOfClasses() throws Exception {
    EmissionOutputs out = run(60, 4, 1800, 3600).out();
    for (Pollutant p : Pollutant.values()) {
      double rows = out.rows().stream().mapToDouble(r -> r.grams(p)).sum();
      double classes = out.byClass().values().stream().mapToDouble(t -> t.grams(p)).sum();
      assertEquals(out.total(p), rows, 1e-9 * out.total(p), p.label());
      assertEquals(out.total(p), classes, 1e-9 * out.total(p), p.label());
      assertTrue(out.total(p) > 0, p.label());
    }
    assertEquals(3 * 12, out.rows().size());
    assertEquals(60, out.byClass().get(EmissionClass.PETROL_CAR).vehicles());
    assertEquals(60 * 1.5, out.byClass().get(EmissionClass.PETROL_CAR).vehicleKm(), 1e-9);
    assertEquals(3 * 60, out.rows().stream().mapToInt(EmissionOutputs.LinkEmissions::vehicles)
        .sum());
  }

  @Test
  void freeFlowRun_emitsCruiseFactorsPerKm() throws Exception {
    EmissionOutputs out = run(20, 10, 1800, 3600).out();
    double perKm = out.total(Pollutant.CO2)
        / out.byClass().get(EmissionClass.PETROL_CAR).vehicleKm();
    double ef = EmissionFactors.defaults().hot(EmissionClass.PETROL_CAR, Pollutant.CO2, 50);
    // Link exits are rounded to the model's time steps at most; queueing is nil at 360 veh/h.
    assertEquals(ef, perKm, 0.05 * ef);
  }

  @Test
  void congestedRun_emitsMoreCo2PerVehicleKm() throws Exception {
    EmissionOutputs free = run(60, 4, 1800, 3600).out();
    EmissionOutputs jam = run(60, 4, 300, 3600).out();
    double freePerKm = free.total(Pollutant.CO2)
        / free.byClass().get(EmissionClass.PETROL_CAR).vehicleKm();
    double jamPerKm = jam.total(Pollutant.CO2)
        / jam.byClass().get(EmissionClass.PETROL_CAR).vehicleKm();
    assertTrue(jamPerKm > 1.5 * freePerKm, "jam " + jamPerKm + " free " + freePerKm);
  }

  @Test
  void vehiclesStillOnLinksAtTheEnd_areCountedUpToTheEnd() throws Exception {
    // Stops while the bottleneck still holds a queue: totals must exceed what the exits alone
    // carry and stay below what a full traversal of every entered link would give.
    Run r = run(60, 4, 300, 400);
    EmissionOutputs out = r.out();
    int counted = out.rows().stream().mapToInt(EmissionOutputs.LinkEmissions::vehicles).sum();
    double km = out.byClass().get(EmissionClass.PETROL_CAR).vehicleKm();
    assertTrue(km > 0 && km < 60 * 1.5, "vehicle-km " + km);
    assertTrue(counted > 0);
    double lastBin = out.rows().stream().filter(x -> x.intervalStart() == 300)
        .mapToDouble(EmissionOutputs.LinkEmissions::co2).sum();
    assertTrue(lastBin > 0);
    // The drain store holds the same totals as the rows, then is empty.
    double[] drained = new double[r.net().linkCount()];
    r.collector().drainInto(Pollutant.CO2, drained);
    assertEquals(out.total(Pollutant.CO2), Arrays.stream(drained).sum(),
        1e-9 * out.total(Pollutant.CO2));
    double[] again = new double[r.net().linkCount()];
    r.collector().drainInto(Pollutant.CO2, again);
    assertEquals(0, Arrays.stream(again).sum());
  }
}
