package org.citysim.sim.incident;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.event.Channel;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.kernel.Priorities;
import org.citysim.sim.network.RoadNetwork;

/**
 * The timeline of every incident of a run, and the API through which a dispatcher reports:
 * {@link #dispatched} and {@link #onScene}. Each point reached is published as an {@link
 * IncidentEvent} on the kernel's bus, in time order; a dispatcher listens for {@link
 * IncidentPhase#DETECTED}.
 */
public final class IncidentLog {
  private final Kernel kernel;
  private final RoadNetwork net;
  private final Channel<IncidentEvent> events;
  private final List<Entry> entries = new ArrayList<>();

  /** The mutable record of one incident; {@link Incident} is its snapshot. */
  private static final class Entry {
    final int link;
    final Severity severity;
    final boolean scheduled;
    final double clearance;
    String by = "";
    final double[] at = new double[IncidentPhase.values().length];

    Entry(int link, Severity severity, boolean scheduled, double clearance) {
      this.link = link;
      this.severity = severity;
      this.scheduled = scheduled;
      this.clearance = clearance;
      java.util.Arrays.fill(at, Double.NaN);
    }
  }

  IncidentLog(Kernel kernel, RoadNetwork net) {
    this.kernel = kernel;
    this.net = net;
    this.events = kernel.bus().channel(IncidentEvent.class);
  }

  /** Starts an incident now and returns its id. */
  int occurred(int link, Severity severity, boolean scheduled, double clearance) {
    entries.add(new Entry(link, severity, scheduled, clearance));
    int id = entries.size() - 1;
    mark(id, IncidentPhase.OCCURRED);
    return id;
  }

  /** Incident {@code id} is detected now by {@code by} ("camera", "report", "classifier"). */
  void detected(int id, String by) {
    entries.get(id).by = by;
    mark(id, IncidentPhase.DETECTED);
  }

  /** Whether incident {@code id} was detected. */
  boolean isDetected(int id) {
    return !Double.isNaN(entries.get(id).at[IncidentPhase.DETECTED.ordinal()]);
  }


  void lanesCleared(int id) {
    mark(id, IncidentPhase.LANES_CLEARED);
  }

  void allClear(int id) {
    mark(id, IncidentPhase.ALL_CLEAR);
  }

  /**
   * A dispatcher sent a unit to incident {@code id} at {@code t} (now or later [s]); the
   * incident must have been detected by then.
   */
  public void dispatched(int id, double t) {
    at(id, t, IncidentPhase.DISPATCHED);
  }

  /**
   * The first unit reached incident {@code id} at {@code t} (now or later [s]): clearance
   * starts then and takes the incident's drawn clearance time.
   */
  public void onScene(int id, double t) {
    at(id, t, IncidentPhase.ON_SCENE);
  }

  private void at(int id, double t, IncidentPhase phase) {
    check(id, phase);
    if (t < kernel.now()) {
      throw new IllegalArgumentException("incident " + id + ": " + phase + " at " + t
          + " is in the past (now " + kernel.now() + ")");
    }
    if (t == kernel.now()) {
      mark(id, phase);
    } else {
      kernel.schedule(t, Priorities.CONTROL, () -> mark(id, phase));
    }
  }

  private void check(int id, IncidentPhase phase) {
    if (id < 0 || id >= entries.size()) {
      throw new IllegalArgumentException("no incident " + id);
    }
    double[] at = entries.get(id).at;
    if (Double.isNaN(at[IncidentPhase.DETECTED.ordinal()])) {
      throw new IllegalStateException("incident " + id + " is not detected yet");
    }
    if (!Double.isNaN(at[phase.ordinal()])) {
      throw new IllegalStateException("incident " + id + " was already " + phase);
    }
  }

  private void mark(int id, IncidentPhase phase) {
    Entry e = entries.get(id);
    if (!Double.isNaN(e.at[phase.ordinal()])) {
      throw new IllegalStateException("incident " + id + " was already " + phase);
    }
    double t = kernel.now();
    e.at[phase.ordinal()] = t;
    if (events.active()) {
      events.publish(new IncidentEvent(t, id, e.link, phase));
    }
  }

  /** Incident {@code id} as known now. */
  public Incident incident(int id) {
    Entry e = entries.get(id);
    double[] a = e.at;
    return new Incident(id, e.link, net.link(e.link).id().value(), e.severity, e.scheduled,
        e.by, e.clearance, a[0], a[1], a[2], a[3], a[4], a[5]);
  }

  /** Every incident so far, by id. */
  public List<Incident> incidents() {
    List<Incident> out = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      out.add(incident(i));
    }
    return out;
  }

  /** Incidents so far. */
  public int size() {
    return entries.size();
  }

  /** The link of incident {@code id}. */
  int link(int id) {
    return entries.get(id).link;
  }

  /** The severity of incident {@code id}. */
  Severity severity(int id) {
    return entries.get(id).severity;
  }

  /** The drawn clearance time of incident {@code id} [s]. */
  double clearance(int id) {
    return entries.get(id).clearance;
  }
}
