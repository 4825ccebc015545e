package org.citysim.sim.demand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.random.RandomStream;
import org.citysim.sim.scenario.DemandSpec;
import org.citysim.sim.scenario.TimeProfile;

/**
 * Turns flows and random demand into trips with the demand's random stream.
 *
 * <p>Each flow is a non-homogeneous Poisson process whose rate is the flow's rate times the
 * profile factor. Because the profile is piecewise constant, it is sampled exactly: for each
 * profile interval inside the simulated window, a Poisson count with mean rate x factor x
 * duration, then that many uniform departure times within the interval, sorted. Draw order is
 * fixed (flows as listed, then random demand; intervals in time order), so the same seed always
 * gives the same trips.
 */
public final class DemandGenerator {
  private final RoadNetwork net;
  private final RandomStream rnd;
  private final double start;
  private final double end;

  /**
   * @param net   the network (node ids are resolved against it)
   * @param rnd   the demand's random stream
   * @param start start of the simulated window [s]
   * @param end   end of the simulated window [s]
   */
  public DemandGenerator(RoadNetwork net, RandomStream rnd, double start, double end) {
    this.net = net;
    this.rnd = rnd;
    this.start = start;
    this.end = end;
  }

  /** Trips of every flow in {@code spec}, in draw order (not sorted). Node ids must exist. */
  public List<Trip> flows(DemandSpec spec) {
    List<Trip> out = new ArrayList<>();
    for (int f = 0; f < spec.flows().size(); f++) {
      DemandSpec.OdFlowSpec flow = spec.flows().get(f);
      int o = node(flow.from());
      int d = node(flow.to());
      int k = 0;
      for (double t : departures(spec.profile(), flow.rate())) {
        out.add(new Trip("f" + f + "-" + k++, o, d, t));
      }
    }
    return out;
  }

  /** Trips between uniformly drawn node pairs among {@code places}. */
  public List<Trip> random(DemandSpec.RandomDemandSpec spec, TimeProfile profile) {
    int[] places = places(spec.places());
    List<Trip> out = new ArrayList<>();
    if (places.length < 2) {
      return out;
    }
    int k = 0;
    for (double t : departures(profile, spec.rate())) {
      int o = places[rnd.nextInt(places.length)];
      int d = places[rnd.nextInt(places.length - 1)];
      if (d == o) {
        d = places[places.length - 1]; // uniform over the others without a retry loop
      }
      out.add(new Trip("r" + k++, o, d, t));
    }
    return out;
  }

  private double[] departures(TimeProfile profile, double ratePerHour) {
    double[] f = profile.factors();
    List<double[]> chunks = new ArrayList<>();
    int total = 0;
    for (int i = 0; i < f.length; i++) {
      double a = Math.max(start, profile.start() + i * profile.interval());
      double b = Math.min(end, profile.start() + (i + 1) * profile.interval());
      if (b <= a || f[i] == 0) {
        continue;
      }
      int n = rnd.poisson(ratePerHour * f[i] * (b - a) / 3600.0);
      double[] ts = new double[n];
      for (int j = 0; j < n; j++) {
        ts[j] = rnd.uniform(a, b);
      }
      Arrays.sort(ts);
      chunks.add(ts);
      total += n;
    }
    double[] all = new double[total];
    int p = 0;
    for (double[] c : chunks) {
      System.arraycopy(c, 0, all, p, c.length);
      p += c.length;
    }
    return all;
  }

  /** Node indices usable as origin and destination: with both outgoing and incoming links. */
  int[] places(DemandSpec.Places which) {
    List<Integer> out = new ArrayList<>();
    for (int n = 0; n < net.nodeCount(); n++) {
      if (net.outDegree(n) == 0 || net.inDegree(n) == 0) {
        continue;
      }
      if (which == DemandSpec.Places.BOUNDARY && neighbours(n) >= 4) {
        continue;
      }
      out.add(n);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private int neighbours(int n) {
    java.util.Set<Integer> s = new java.util.HashSet<>();
    for (int l : net.outLinks(n)) {
      s.add(net.to(l));
    }
    for (int l : net.inLinks(n)) {
      s.add(net.from(l));
    }
    return s.size();
  }

  private int node(String id) {
    int n = net.nodeIndex(id);
    if (n < 0) {
      throw new IllegalArgumentException("unknown node " + id);
    }
    return n;
  }
}
