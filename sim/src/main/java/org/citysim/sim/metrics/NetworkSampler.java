package org.citysim.sim.metrics;

import java.util.List;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.kernel.Priorities;
import org.citysim.sim.traffic.QueueTrafficModel;

/** Samples network-wide counts at a fixed interval, from the start time to the end time. */
public final class NetworkSampler {
  private final double[] times;
  private final double[] inNetwork;
  private final double[] waiting;
  private int n;

  /**
   * @param interval sampling interval [s]
   */
  public NetworkSampler(Kernel kernel, QueueTrafficModel model, double interval) {
    int max = (int) Math.floor((kernel.endTime() - kernel.startTime()) / interval + 1e-9) + 1;
    times = new double[max];
    inNetwork = new double[max];
    waiting = new double[max];
    kernel.every(kernel.startTime(), interval, Priorities.MEASURE, now -> {
      if (n < max) {
        times[n] = now;
        inNetwork[n] = model.vehiclesInNetwork();
        waiting[n] = model.vehiclesWaitingToInsert();
        n++;
      }
    });
  }

  /** The sampled series: vehicles on links, and vehicles waiting to enter their first link. */
  public List<TimeSeries> series() {
    double[] t = java.util.Arrays.copyOf(times, n);
    return List.of(
        new TimeSeries("vehicles in network", "veh", t, java.util.Arrays.copyOf(inNetwork, n)),
        new TimeSeries("waiting to enter", "veh", t, java.util.Arrays.copyOf(waiting, n)));
  }
}
