package org.citysim.sim.metrics;

import java.util.List;
import java.util.Objects;

/**
 * What the incident model of a run produced, for the report writers: every incident with its
 * timeline, and what drivers did about the blockages. Empty ({@link #none()}) when the scenario
 * has no {@code incidents} section; a run with the section but no incidents is not empty.
 *
 * @param enabled    whether the run had an incident model
 * @param incidents  every incident, in order of occurrence (by id)
 * @param closures   planned closures the scenario gave [closures]
 * @param informed   times a driver was informed of a blockage on its route
 * @param rerouted   times a driver took a new route around a blockage [veh]
 * @param heldAtEnd  vehicles held by closed links (incidents or closures) at the end [veh]
 * @param dispatcher the scenario's dispatcher: "none", "nearest" or "jsprit"
 * @param unserved   detected incidents with a need no unit was sent to, by their all clear or
 *                   the end [incidents]; 0 without a dispatcher
 * @param routes     the route of every unit sent, in order sent; empty without a dispatcher
 * @param classifier what the learned incident classifier flagged; null without one
 */
public record IncidentOutputs(boolean enabled, List<IncidentRecord> incidents, int closures,
    int informed, int rerouted, int heldAtEnd, String dispatcher, int unserved,
    List<UnitRoute> routes, ClassifierStats classifier) {

  /**
   * What a learned incident classifier flagged over a run.
   *
   * @param alarms      sensor slots it flagged as blocked [slots]
   * @param falseAlarms of those, slots when nothing blocked the sensor's link [slots]
   */
  public record ClassifierStats(int alarms, int falseAlarms) {}

  /** Without a classifier. */
  public IncidentOutputs(boolean enabled, List<IncidentRecord> incidents, int closures,
      int informed, int rerouted, int heldAtEnd, String dispatcher, int unserved,
      List<UnitRoute> routes) {
    this(enabled, incidents, closures, informed, rerouted, heldAtEnd, dispatcher, unserved,
        routes, null);
  }

  public IncidentOutputs {
    incidents = List.copyOf(incidents);
    Objects.requireNonNull(dispatcher, "dispatcher");
    routes = List.copyOf(routes);
  }

  /** Without unit routes. */
  public IncidentOutputs(boolean enabled, List<IncidentRecord> incidents, int closures,
      int informed, int rerouted, int heldAtEnd, String dispatcher, int unserved) {
    this(enabled, incidents, closures, informed, rerouted, heldAtEnd, dispatcher, unserved,
        List.of());
  }

  /**
   * The route a unit was sent on: the shortest path on the current link travel times at
   * dispatch, whose travel time the dispatcher used.
   *
   * @param incident   the incident's id
   * @param unit       the unit's id
   * @param kind       the unit's kind ("ambulance", "tow", "police")
   * @param dispatched when it was sent [s since midnight]
   * @param links      link ids from the unit's node to the incident's node, in driving order;
   *                   empty when the unit was already there
   */
  public record UnitRoute(int incident, String unit, String kind, double dispatched,
      List<String> links) {
    public UnitRoute {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(kind, "kind");
      links = List.copyOf(links);
    }
  }

  /** Without a dispatcher. */
  public IncidentOutputs(boolean enabled, List<IncidentRecord> incidents, int closures,
      int informed, int rerouted, int heldAtEnd) {
    this(enabled, incidents, closures, informed, rerouted, heldAtEnd, "none", 0);
  }

  /** Whether units were dispatched. */
  public boolean dispatching() {
    return !"none".equals(dispatcher);
  }

  /** A run without an incident model. */
  public static IncidentOutputs none() {
    return new IncidentOutputs(false, List.of(), 0, 0, 0, 0);
  }

  /** True when the run had no incident model. */
  public boolean isEmpty() {
    return !enabled;
  }

  /**
   * One incident and its timeline after FHWA's traffic incident management points. Times are
   * [s since midnight]; a point not reached by the end of the run is NaN.
   *
   * @param id           id, in order of occurrence from 0
   * @param link         link id
   * @param severity     severity class name
   * @param scheduled    true when the scenario scheduled it, false for a random one
   * @param detectedBy   "camera", "report", "classifier", or "" when not detected by the end
   * @param lanesBlocked lanes it blocked, at most the link's lanes [lanes]
   * @param closed       whether it closed the link
   * @param clearance    drawn time from on scene to lanes cleared [s]
   * @param occurred     when it happened
   * @param detected     when a camera or a report made it known
   * @param dispatched   when a unit was sent (NaN without a dispatcher)
   * @param onScene      when responders arrived
   * @param lanesCleared when all lanes were open again
   * @param allClear     when the last responder left
   * @param units        ids of the units sent, space-separated in order sent; "" without
   *                     a dispatcher or when none was sent
   */
  public record IncidentRecord(int id, String link, String severity, boolean scheduled,
      String detectedBy, int lanesBlocked, boolean closed, double clearance, double occurred,
      double detected, double dispatched, double onScene, double lanesCleared,
      double allClear, String units) {
    public IncidentRecord {
      Objects.requireNonNull(link, "link");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(detectedBy, "detectedBy");
      Objects.requireNonNull(units, "units");
    }

    /** Without units. */
    public IncidentRecord(int id, String link, String severity, boolean scheduled,
        String detectedBy, int lanesBlocked, boolean closed, double clearance, double occurred,
        double detected, double dispatched, double onScene, double lanesCleared,
        double allClear) {
      this(id, link, severity, scheduled, detectedBy, lanesBlocked, closed, clearance, occurred,
          detected, dispatched, onScene, lanesCleared, allClear, "");
    }

    /** Response time: on scene - detected [s]; NaN while no responder is on scene. */
    public double responseTime() {
      return onScene - detected;
    }

    /** The six timeline points, in order: occurred to all clear [s]. */
    public double[] timeline() {
      return new double[] {occurred, detected, dispatched, onScene, lanesCleared, allClear};
    }
  }
}
