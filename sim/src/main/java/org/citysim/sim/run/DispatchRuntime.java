package org.citysim.sim.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citysim.sim.incident.DispatchRequest;
import org.citysim.sim.incident.Incident;
import org.citysim.sim.incident.IncidentEvent;
import org.citysim.sim.incident.IncidentLog;
import org.citysim.sim.incident.ResponseDispatcher;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.kernel.Priorities;
import org.citysim.sim.metrics.IncidentOutputs;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.routing.Router;
import org.citysim.sim.scenario.IncidentsSpec;
import org.citysim.sim.scenario.IncidentsSpec.NeedSpec;
import org.citysim.sim.scenario.IncidentsSpec.UnitSpec;
import org.citysim.sim.traffic.QueueTrafficModel;

/**
 * Sends response units to incidents with a {@link ResponseDispatcher}: a decision on every
 * detection and whenever a unit frees up, over the idle units and the detected incidents that
 * still need units. The dispatcher plans on the shortest-path travel times of the current link
 * travel times ({@link QueueTrafficModel#currentTravelTime}; closed links cost {@link
 * QueueTrafficModel#CLOSED_TRAVEL_TIME}); the unit then drives that path as a service vehicle
 * of the queue model ({@link QueueTrafficModel#addServiceVehicle}): it queues, waits at red and
 * behind closures, and takes road space, so congestion met on the way delays it beyond the
 * plan. The incident is dispatched at its first decision with a unit and on scene at its first
 * unit's arrival; its units are busy until its all clear (or their own arrival, if later) and
 * are then idle at the incident's node (the upstream end of its link).
 *
 * <p>A need's window is the target for the first arrival. When it has passed with the need
 * still open, the need stays on the list with its window open to the end of the run, so a late
 * unit still comes rather than leaving the lanes blocked for good.
 */
final class DispatchRuntime {
  private final Kernel kernel;
  private final RoadNetwork net;
  private final IncidentLog log;
  private final IncidentsSpec spec;
  private final ResponseDispatcher dispatcher;
  private final Router router;
  private final QueueTrafficModel model;
  private final List<UnitState> units = new ArrayList<>();
  /** Open incidents by id: detected, not all clear; in order of detection. */
  private final Map<Integer, Call> open = new LinkedHashMap<>();
  /** Units sent to each detected incident, in order sent, by incident id. */
  private final Map<Integer, List<UnitState>> crews = new LinkedHashMap<>();
  /** The route of every unit sent, in order sent. */
  private final List<IncidentOutputs.UnitRoute> routes = new ArrayList<>();
  /** Incidents that were all clear with needs no unit was sent to. */
  private final Map<Integer, Boolean> missed = new LinkedHashMap<>();

  private static final class UnitState {
    final String id;
    final String kind;
    int node;
    boolean busy;
    boolean arrived;

    UnitState(String id, String kind, int node) {
      this.id = id;
      this.kind = kind;
      this.node = node;
    }
  }

  private static final class Call {
    final int node;
    final NeedSpec need;
    final List<String> remaining;
    final double detected;
    final double clearance;

    Call(int node, NeedSpec need, double detected, double clearance) {
      this.node = node;
      this.need = need;
      this.remaining = new ArrayList<>(need.kinds());
      this.detected = detected;
      this.clearance = clearance;
    }
  }

  /** Depot ids must be nodes of {@code net} (checked by the caller). */
  DispatchRuntime(Kernel kernel, RoadNetwork net, QueueTrafficModel model, IncidentLog log,
      IncidentsSpec spec, ResponseDispatcher dispatcher) {
    this.kernel = kernel;
    this.net = net;
    this.log = log;
    this.spec = spec;
    this.dispatcher = dispatcher;
    this.model = model;
    this.router = new Router(net, model::currentTravelTime);
    for (UnitSpec u : spec.units()) {
      int node = net.nodeIndex(u.depot().id());
      for (int i = 1; i <= u.count(); i++) {
        units.add(new UnitState(u.kind() + "-" + u.depot().id() + "-" + i, u.kind(), node));
      }
    }
    kernel.bus().subscribe(IncidentEvent.class, this::onEvent);
  }

  private void onEvent(IncidentEvent e) {
    switch (e.phase()) {
      case DETECTED -> {
        Incident i = log.incident(e.incident());
        open.put(e.incident(), new Call(net.from(e.link()), spec.need(i.severity().name()),
            e.time(), i.clearance() + i.severity().allClearDelay()));
        crews.put(e.incident(), new ArrayList<>());
        later(this::decide);
      }
      case ALL_CLEAR -> {
        Call c = open.remove(e.incident());
        if (c != null && !c.remaining.isEmpty()) {
          missed.put(e.incident(), true);
        }
        for (UnitState u : crews.get(e.incident())) {
          if (u.arrived) {
            u.busy = false;
          }
        }
        later(this::decide);
      }
      default -> { }
    }
  }

  private void decide() {
    double now = kernel.now();
    List<DispatchRequest.Unit> idle = new ArrayList<>();
    for (UnitState u : units) {
      if (!u.busy) {
        idle.add(new DispatchRequest.Unit(u.id, u.kind, u.node));
      }
    }
    List<DispatchRequest.Call> calls = new ArrayList<>();
    for (Map.Entry<Integer, Call> e : open.entrySet()) {
      Call c = e.getValue();
      double latest = c.detected + c.need.window();
      if (latest < now) {
        latest = Math.max(now, kernel.endTime()); // missed: late is better than never
      }
      if (!c.remaining.isEmpty()) {
        calls.add(new DispatchRequest.Call(e.getKey(), c.node, c.remaining,
            c.need.priority(), c.detected, latest, c.clearance));
      }
    }
    if (idle.isEmpty() || calls.isEmpty()) {
      return;
    }
    router.updateCosts();
    int[] targets = calls.stream().mapToInt(DispatchRequest.Call::node).distinct().toArray();
    Map<Integer, double[]> rows = new LinkedHashMap<>();
    for (DispatchRequest.Unit u : idle) {
      rows.computeIfAbsent(u.node(), n -> router.travelTimes(n, targets));
    }
    DispatchRequest.TravelTime tt = (from, to) -> {
      if (from == to) {
        return 0;
      }
      double[] row = rows.get(from);
      for (int j = 0; row != null && j < targets.length; j++) {
        if (targets[j] == to) {
          return row[j];
        }
      }
      return Double.POSITIVE_INFINITY;
    };
    for (DispatchRequest.Order o : dispatcher.assign(new DispatchRequest(now, idle, calls, tt))) {
      send(o, now);
    }
  }

  private void send(DispatchRequest.Order o, double now) {
    Call c = open.get(o.incident());
    UnitState u = units.stream().filter(x -> x.id.equals(o.unit())).findFirst().orElse(null);
    if (c == null || u == null || u.busy || !u.kind.equals(o.kind())
        || !c.remaining.remove(o.kind())) {
      throw new IllegalStateException("dispatcher sent " + o + ", which is not an idle unit of"
          + " a kind the incident still needs");
    }
    u.busy = true;
    u.arrived = false;
    int incident = o.incident();
    // The path of the decision's travel times (the router's costs were updated by decide).
    int[] links = u.node == c.node ? new int[0] : router.route(u.node, c.node);
    if (links == null) {
      // No path at all (a dispatcher given an infinite travel time sends nobody; this is the
      // guard should one do): the unit stays idle and the need open.
      u.busy = false;
      c.remaining.add(o.kind());
      return;
    }
    List<String> ids = new ArrayList<>();
    for (int l = 0; l < links.length; l++) {
      ids.add(net.link(links[l]).id().value());
    }
    routes.add(new IncidentOutputs.UnitRoute(incident, u.id, u.kind, now, ids));
    List<UnitState> crew = crews.get(incident);
    if (crew.isEmpty()) {
      log.dispatched(incident, now);
    }
    crew.add(u);
    Runnable arrive = () -> {
      u.node = c.node;
      u.arrived = true;
      Incident i = log.incident(incident);
      if (Double.isNaN(i.onScene())) {
        log.onScene(incident, kernel.now());
      } else if (!Double.isNaN(i.allClear())) {
        u.busy = false; // came after the all clear
        decide();
      }
    };
    if (links.length == 0) {
      later(arrive); // already there
    } else {
      model.addServiceVehicle(links, arrive);
    }
  }

  /** The route of every unit sent so far, in order sent. */
  List<IncidentOutputs.UnitRoute> routes() {
    return List.copyOf(routes);
  }

  /** Runs {@code action} after the event being delivered (never inside a publish). */
  private void later(Runnable action) {
    kernel.schedule(kernel.now(), Priorities.CONTROL, action);
  }

  /** The unit ids sent to incident {@code id}, space-separated, in order; "" if none. */
  String unitsOf(int id) {
    List<UnitState> crew = crews.get(id);
    return crew == null ? "" : String.join(" ", crew.stream().map(u -> u.id).toList());
  }

  /** Detected incidents with a need no unit was sent to, by their all clear or the end. */
  int unserved() {
    int n = missed.size();
    for (Call c : open.values()) {
      if (!c.remaining.isEmpty()) {
        n++;
      }
    }
    return n;
  }
}
