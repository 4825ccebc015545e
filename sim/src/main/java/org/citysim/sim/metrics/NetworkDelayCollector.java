package org.citysim.sim.metrics;

import java.util.Arrays;
import org.citysim.sim.event.EventBus;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.traffic.LinkEntered;
import org.citysim.sim.traffic.LinkExited;
import org.citysim.sim.traffic.VehicleDeparted;

/**
 * Network-wide delay: for every vehicle, the time it spent on each link beyond the link's
 * free-flow time, plus its wait to enter the first link. Unlike the trip KPIs, which look at
 * arrived trips only, this counts vehicles still in the network at the end up to the end time,
 * so a run whose queues never clear is not made to look better by the trips it never finished.
 */
public final class NetworkDelayCollector {
  private final RoadNetwork net;
  private final double[] departure;
  private final double[] enteredAt;
  private final int[] link;
  private final boolean[] inserted;
  private long departed;
  private double completed;

  /**
   * Subscribes to {@code bus}.
   *
   * @param vehicles number of vehicles (trips) of the run; vehicle indices are below it
   */
  public NetworkDelayCollector(EventBus bus, RoadNetwork net, int vehicles) {
    this.net = net;
    departure = new double[vehicles];
    enteredAt = new double[vehicles];
    link = new int[vehicles];
    inserted = new boolean[vehicles];
    Arrays.fill(departure, Double.NaN);
    Arrays.fill(link, -1);
    bus.subscribe(VehicleDeparted.class, e -> {
      departure[e.vehicle()] = e.time();
      departed++;
    });
    bus.subscribe(LinkEntered.class, e -> {
      int v = e.vehicle();
      if (e.first()) {
        completed += e.time() - departure[v];
        inserted[v] = true;
      }
      enteredAt[v] = e.time();
      link[v] = e.link();
    });
    bus.subscribe(LinkExited.class, e -> {
      completed += Math.max(0, e.time() - e.enteredAt() - net.freeFlowTime(e.link()));
      link[e.vehicle()] = -1;
    });
  }

  /** The delay up to {@code end} [s], counting vehicles still waiting or on a link then. */
  public NetworkDelay result(double end) {
    double total = completed;
    for (int v = 0; v < link.length; v++) {
      if (link[v] >= 0) {
        total += Math.max(0, end - enteredAt[v] - net.freeFlowTime(link[v]));
      } else if (!inserted[v] && !Double.isNaN(departure[v])) {
        total += end - departure[v]; // still waiting to enter its first link
      }
    }
    return new NetworkDelay(total, departed);
  }
}
