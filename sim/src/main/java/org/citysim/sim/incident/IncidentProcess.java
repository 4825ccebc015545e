package org.citysim.sim.incident;

import java.util.List;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.kernel.Priorities;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.random.RandomStream;
import org.citysim.sim.traffic.QueueTrafficModel;

/**
 * Makes incidents occur: random ones as {@link RandomIncidents} says, drawn from the stream
 * {@code incidents}, and the scheduled ones at their times.
 *
 * <ul>
 *   <li>Per link-hour: a Poisson process of rate {@code rate * links / 3600} [1/s] over the
 *       network, each incident on a link drawn uniformly, so each link sees a Poisson process
 *       of {@code rate} per hour.</li>
 *   <li>Per vehicle-km: every {@code exposurePeriod} the vehicle-km driven on each link in the
 *       period (traversals completed times length) are collected; a Poisson number of incidents
 *       with mean {@code rate * vehicle-km} occurs at the end of the period, each on a link
 *       drawn in proportion to its vehicle-km. Given the traffic, the count is exactly Poisson
 *       in the exposure; only the times are rounded up to the period.</li>
 * </ul>
 * Severities are drawn by their shares. Draws per incident: the link, then the class.
 */
public final class IncidentProcess {
  /** Receives incidents as they occur. */
  @FunctionalInterface
  interface Sink {
    void occur(int link, Severity severity, boolean scheduled);
  }

  private final Kernel kernel;
  private final RoadNetwork net;
  private final QueueTrafficModel model;
  private final RandomIncidents spec;
  private final RandomStream random;
  private final Sink sink;
  private final double[] cumulativeShare;
  private long[] lastTraversals;
  private double[] periodExposure;
  private int randomCount;
  private double exposure;
  private int handler;

  IncidentProcess(Kernel kernel, RoadNetwork net, QueueTrafficModel model, RandomIncidents spec,
      List<ScheduledIncident> scheduled, Sink sink) {
    this.kernel = kernel;
    this.net = net;
    this.model = model;
    this.spec = spec;
    this.random = kernel.random().stream("incidents");
    this.sink = sink;
    List<Severity> sev = spec.severities();
    cumulativeShare = new double[sev.size()];
    double total = sev.stream().mapToDouble(Severity::share).sum();
    double c = 0;
    for (int i = 0; i < sev.size(); i++) {
      c += sev.get(i).share() / total;
      cumulativeShare[i] = c;
    }
    for (ScheduledIncident s : scheduled) {
      int l = net.linkIndex(s.link());
      if (l < 0) {
        throw new IllegalArgumentException("scheduled incident on '" + s.link()
            + "': no such link in the network");
      }
      if (s.time() >= kernel.now() && s.time() <= kernel.endTime()) {
        kernel.schedule(s.time(), Priorities.CONTROL, () -> sink.occur(l, s.severity(), true));
      }
    }
    if (spec.rate() > 0) {
      start();
    }
  }

  private void start() {
    if (spec.basis() == RandomIncidents.Basis.PER_LINK_HOUR) {
      handler = kernel.register(arg -> onRandom());
      scheduleNext(kernel.now());
    } else {
      int links = net.linkCount();
      lastTraversals = new long[links];
      periodExposure = new double[links];
      for (int l = 0; l < links; l++) {
        lastTraversals[l] = model.traversals(l);
      }
      double p = spec.exposurePeriod();
      kernel.every(kernel.now() + p, p, Priorities.MEASURE, now -> collect());
    }
  }

  private void scheduleNext(double from) {
    double next = from + random.exponential(spec.rate() * net.linkCount() / 3600.0);
    if (next <= kernel.endTime()) {
      kernel.schedule(next, Priorities.CONTROL, handler, 0);
    }
  }

  private void onRandom() {
    double t = kernel.now();
    int l = random.nextInt(net.linkCount());
    occur(l);
    scheduleNext(t);
  }

  private void collect() {
    double total = 0;
    for (int l = 0; l < lastTraversals.length; l++) {
      long n = model.traversals(l);
      double x = (n - lastTraversals[l]) * net.length(l) / 1000.0;
      lastTraversals[l] = n;
      periodExposure[l] = x;
      total += x;
    }
    exposure += total;
    int count = random.poisson(spec.rate() * total);
    for (int i = 0; i < count; i++) {
      double u = random.uniform() * total;
      int l = 0;
      double c = periodExposure[0];
      while (c <= u && l < periodExposure.length - 1) {
        c += periodExposure[++l];
      }
      occur(l);
    }
  }

  private void occur(int l) {
    double u = random.uniform();
    int s = 0;
    while (s < cumulativeShare.length - 1 && u >= cumulativeShare[s]) {
      s++;
    }
    randomCount++;
    sink.occur(l, spec.severities().get(s), false);
  }

  /** Random incidents so far. */
  public int randomIncidents() {
    return randomCount;
  }

  /**
   * Exposure so far, by the basis: vehicle-km of the periods collected [veh-km], or link-hours
   * since the start [link-h].
   */
  public double exposure() {
    if (spec.basis() == RandomIncidents.Basis.PER_LINK_HOUR) {
      return (kernel.now() - kernel.startTime()) / 3600.0 * net.linkCount();
    }
    return exposure;
  }
}
