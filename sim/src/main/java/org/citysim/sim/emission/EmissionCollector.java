package org.citysim.sim.emission;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.citysim.sim.demand.TripTable;
import org.citysim.sim.event.EventBus;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.traffic.LinkEntered;
import org.citysim.sim.traffic.LinkExited;

/**
 * Observes a run and computes every vehicle's emissions on every link it leaves
 * ({@link EmissionModel}: cruise at free speed, idle for the rest). Accumulates
 * <ul>
 *   <li>per link and output interval, binned by the time the vehicle left the link;
 *   <li>run totals per pollutant and per class (with vehicle-km);
 *   <li>per link since the last {@link #drainInto drain}, for a periodic dispersion step.
 * </ul>
 * Vehicles still on a link when the run ends are counted up to the end time ({@link #outputs}):
 * the part of the link they have cruised and the time they have queued, so totals are not biased
 * low in congested runs. Vehicles that departed but could not yet enter their first link are
 * not on the network and emit nothing here (SUMO does not emit for its insertion backlog either).
 */
public final class EmissionCollector {
  private static final int P = Pollutant.values().length;
  private static final int C = EmissionClass.values().length;

  private final Kernel kernel;
  private final RoadNetwork net;
  private final EmissionModel model;
  private final EmissionClass[] classes;
  private final double start;
  private final double interval;
  private final int intervals;
  /** Per class, per link: cruise time [s] and cruise emissions [g] (index link * P + p). */
  private final double[][] cruiseTime;
  private final double[][] cruiseGrams;
  private final double[][] idle;
  private final double[][] binned;
  private final int[] binVehicles;
  private final double[][] pending;
  /** Like {@link #pending}, the part emitted while queued (released at the stop line). */
  private final double[][] pendingQueued;
  private final double[] totals = new double[P];
  private final double[][] classGrams = new double[C][P];
  private final double[] classKm = new double[C];
  private final int[] classVehicles = new int[C];
  private final int[] onLink;
  private final double[] enteredAt;
  private boolean finished;

  /**
   * Emission classes from {@code trips}' vehicle types and {@code mix} (stream
   * {@value FleetDraw#STREAM}), default factors.
   *
   * @param interval aggregation interval of the per-link rows [s], positive
   */
  public EmissionCollector(Kernel kernel, RoadNetwork net, TripTable trips, FleetMix mix,
      double interval) {
    this(kernel, net, new FleetDraw(kernel.random().stream(FleetDraw.STREAM), mix)
        .classes(trips), EmissionModel.defaults(), interval);
  }

  /**
   * Subscribes to the kernel's bus.
   *
   * @param classes  emission class of each vehicle (trip index)
   * @param model    emission model
   * @param interval aggregation interval of the per-link rows [s], positive
   */
  public EmissionCollector(Kernel kernel, RoadNetwork net, EmissionClass[] classes,
      EmissionModel model, double interval) {
    if (!(interval > 0)) {
      throw new IllegalArgumentException("interval must be positive: " + interval);
    }
    this.kernel = kernel;
    this.net = net;
    this.model = model;
    this.classes = classes.clone();
    this.start = kernel.startTime();
    this.interval = interval;
    this.intervals = Math.max(1, (int) Math.ceil((kernel.endTime() - start) / interval - 1e-9));
    int links = net.linkCount();
    cruiseTime = new double[C][links];
    cruiseGrams = new double[C][links * P];
    idle = new double[C][P];
    double[] g = new double[P];
    for (EmissionClass c : EmissionClass.values()) {
      for (int l = 0; l < links; l++) {
        Arrays.fill(g, 0);
        // The emissions of a vehicle that leaves after exactly its cruise time.
        double v = model.cruiseSpeed(c, net.freeSpeed(l));
        model.add(c, net.length(l), v, 0, g);
        cruiseTime[c.ordinal()][l] = net.length(l) / v;
        System.arraycopy(g, 0, cruiseGrams[c.ordinal()], l * P, P);
      }
      for (Pollutant p : Pollutant.values()) {
        idle[c.ordinal()][p.ordinal()] = model.factors().idle(c, p);
      }
    }
    binned = new double[P][links * intervals];
    binVehicles = new int[links * intervals];
    pending = new double[P][links];
    pendingQueued = new double[P][links];
    onLink = new int[this.classes.length];
    Arrays.fill(onLink, -1);
    enteredAt = new double[this.classes.length];
    EventBus bus = kernel.bus();
    bus.subscribe(LinkEntered.class, this::entered);
    bus.subscribe(LinkExited.class, this::exited);
  }

  private void entered(LinkEntered e) {
    onLink[e.vehicle()] = e.link();
    enteredAt[e.vehicle()] = e.time();
    if (e.first()) {
      classVehicles[classes[e.vehicle()].ordinal()]++;
    }
  }

  private void exited(LinkExited e) {
    int v = e.vehicle();
    int l = e.link();
    onLink[v] = -1;
    int c = classes[v].ordinal();
    double queued = Math.max(0, e.time() - e.enteredAt() - cruiseTime[c][l]);
    double[] cruise = cruiseGrams[c];
    int cell = l * intervals + bin(e.time());
    for (int p = 0; p < P; p++) {
      double cruising = cruise[l * P + p];
      double waiting = queued * idle[c][p];
      record(c, l, cell, p, cruising, waiting);
    }
    binVehicles[cell]++;
    classKm[c] += net.length(l) / 1000;
  }

  private void record(int c, int link, int cell, int p, double cruising, double queued) {
    double grams = cruising + queued;
    binned[p][cell] += grams;
    pending[p][link] += cruising;
    pendingQueued[p][link] += queued;
    totals[p] += grams;
    classGrams[c][p] += grams;
  }

  private int bin(double t) {
    return Math.min(intervals - 1, Math.max(0, (int) ((t - start) / interval)));
  }

  /** The emission class of vehicle {@code vehicle} (trip index). */
  public EmissionClass classOf(int vehicle) {
    return classes[vehicle];
  }

  /**
   * Adds each link's emissions of {@code p} since the last drain of {@code p} to
   * {@code gramsPerLink} [g] (indexed by link) and resets them: a periodic dispersion step
   * calls this to take the emissions of its last step.
   */
  public void drainInto(Pollutant p, double[] gramsPerLink) {
    drainInto(p, gramsPerLink, gramsPerLink);
  }

  /**
   * As {@link #drainInto(Pollutant, double[])}, split into what was emitted cruising along the
   * link and what was emitted queued (which a dispersion model places at the link's stop line).
   * The two arrays may be the same.
   */
  public void drainInto(Pollutant p, double[] cruisingPerLink, double[] queuedPerLink) {
    int n = pending[p.ordinal()].length;
    if (cruisingPerLink.length != n || queuedPerLink.length != n) {
      throw new IllegalArgumentException("need one entry per link: " + n);
    }
    drain(p, cruisingPerLink, 0, queuedPerLink, 0);
  }

  /**
   * As {@link #drainInto(Pollutant, double[], double[])} into one array: link {@code l}'s
   * cruising grams are added at {@code cruisingAt + l}, its queued grams at
   * {@code queuedAt + l}.
   */
  public void drainInto(Pollutant p, double[] out, int cruisingAt, int queuedAt) {
    int n = pending[p.ordinal()].length;
    if (Math.min(cruisingAt, queuedAt) < 0 || Math.max(cruisingAt, queuedAt) + n > out.length) {
      throw new IllegalArgumentException("need room for " + n + " links at " + cruisingAt
          + " and " + queuedAt + " in " + out.length);
    }
    drain(p, out, cruisingAt, out, queuedAt);
  }

  private void drain(Pollutant p, double[] cruising, int c0, double[] queued, int q0) {
    double[] acc = pending[p.ordinal()];
    double[] q = pendingQueued[p.ordinal()];
    for (int l = 0; l < acc.length; l++) {
      cruising[c0 + l] += acc[l];
      queued[q0 + l] += q[l];
    }
    Arrays.fill(acc, 0);
    Arrays.fill(q, 0);
  }


  /**
   * The results. Call once the run has ended: the first call counts the vehicles still on a
   * link up to {@link Kernel#now()} (into the last interval, the totals and the drain store).
   */
  public EmissionOutputs outputs() {
    if (!finished) {
      finished = true;
      countRemaining(kernel.now());
    }
    List<EmissionOutputs.LinkEmissions> rows = new ArrayList<>();
    for (int l = 0; l < net.linkCount(); l++) {
      String id = net.link(l).id().value();
      for (int b = 0; b < intervals; b++) {
        int cell = l * intervals + b;
        rows.add(new EmissionOutputs.LinkEmissions(start + b * interval, id, binVehicles[cell],
            binned[Pollutant.CO2.ordinal()][cell], binned[Pollutant.NOX.ordinal()][cell],
            binned[Pollutant.PM25.ordinal()][cell], binned[Pollutant.FUEL.ordinal()][cell]));
      }
    }
    Map<Pollutant, Double> tot = new EnumMap<>(Pollutant.class);
    for (Pollutant p : Pollutant.values()) {
      tot.put(p, totals[p.ordinal()]);
    }
    Map<EmissionClass, EmissionOutputs.ClassTotals> byClass = new EnumMap<>(EmissionClass.class);
    for (EmissionClass c : EmissionClass.values()) {
      double[] g = classGrams[c.ordinal()];
      byClass.put(c, new EmissionOutputs.ClassTotals(classVehicles[c.ordinal()],
          classKm[c.ordinal()], g[Pollutant.CO2.ordinal()], g[Pollutant.NOX.ordinal()],
          g[Pollutant.PM25.ordinal()], g[Pollutant.FUEL.ordinal()]));
    }
    return new EmissionOutputs(interval, rows, tot, byClass);
  }

  private void countRemaining(double now) {
    double[] g = new double[P];
    for (int v = 0; v < onLink.length; v++) {
      int l = onLink[v];
      if (l < 0) {
        continue;
      }
      EmissionClass c = classes[v];
      double elapsed = Math.max(0, now - enteredAt[v]);
      Arrays.fill(g, 0);
      model.addPartial(c, net.length(l), net.freeSpeed(l), elapsed, g);
      int cell = l * intervals + bin(now);
      for (int p = 0; p < P; p++) {
        record(c.ordinal(), l, cell, p, g[p], 0);
      }
      binVehicles[cell]++;
      classKm[c.ordinal()] += Math.min(net.length(l),
          model.cruiseSpeed(c, net.freeSpeed(l)) * elapsed) / 1000;
    }
  }
}
