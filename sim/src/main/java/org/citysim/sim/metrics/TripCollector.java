package org.citysim.sim.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.citysim.sim.demand.Trip;
import org.citysim.sim.demand.TripTable;
import org.citysim.sim.event.EventBus;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.traffic.LinkEntered;
import org.citysim.sim.traffic.LinkExited;
import org.citysim.sim.traffic.VehicleDeparted;

/** Observes departures, link entries and exits, and turns them into one record per trip. */
public final class TripCollector {
  private final TripTable trips;
  private final RoadNetwork net;
  private final boolean[] departed;
  private final double[] insertion;
  private final double[] arrival;
  private final double[] distance;

  /** Subscribes to {@code bus}. */
  public TripCollector(EventBus bus, TripTable trips, RoadNetwork net) {
    this.trips = trips;
    this.net = net;
    int n = trips.size();
    departed = new boolean[n];
    insertion = new double[n];
    arrival = new double[n];
    distance = new double[n];
    Arrays.fill(insertion, Double.NaN);
    Arrays.fill(arrival, Double.NaN);
    bus.subscribe(VehicleDeparted.class, e -> departed[e.vehicle()] = true);
    bus.subscribe(LinkEntered.class, e -> {
      if (e.first()) {
        insertion[e.vehicle()] = e.time();
      }
    });
    bus.subscribe(LinkExited.class, e -> {
      distance[e.vehicle()] += net.length(e.link());
      if (e.arrived()) {
        arrival[e.vehicle()] = e.time();
      }
    });
  }

  /** One record per departed trip, in departure order. */
  public List<TripRecord> records() {
    List<TripRecord> out = new ArrayList<>();
    for (int i = 0; i < trips.size(); i++) {
      if (!departed[i]) {
        continue;
      }
      Trip t = trips.trip(i);
      TripRecord.Status status = !Double.isNaN(arrival[i]) ? TripRecord.Status.ARRIVED
          : !Double.isNaN(insertion[i]) ? TripRecord.Status.EN_ROUTE : TripRecord.Status.WAITING;
      out.add(new TripRecord(t.id(), net.node(t.origin()).id().value(),
          net.node(t.destination()).id().value(), t.departure(), insertion[i], arrival[i],
          trips.freeFlowTime(i), distance[i], trips.route(i).length, status));
    }
    return out;
  }
}
