package org.citysim.agents.dispatch;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.citysim.sim.incident.DispatchRequest;
import org.citysim.sim.incident.ResponseDispatcher;

/**
 * A {@link Dispatcher} seen by the simulation as its {@link ResponseDispatcher}: turns the run's
 * {@link DispatchRequest} into a {@link DispatchProblem} (incident ids as decimal strings) and
 * the {@link Assignment} back into orders.
 */
final class DispatchAdapter implements ResponseDispatcher {
  private final Dispatcher dispatcher;

  DispatchAdapter(Dispatcher dispatcher) {
    this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
  }

  @Override
  public List<DispatchRequest.Order> assign(DispatchRequest r) {
    List<DispatchProblem.Unit> units = new ArrayList<>();
    for (DispatchRequest.Unit u : r.units()) {
      units.add(new DispatchProblem.Unit(u.id(), kind(u.kind()), u.node(), r.now()));
    }
    List<DispatchProblem.Incident> incidents = new ArrayList<>();
    for (DispatchRequest.Call c : r.calls()) {
      Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
      c.kinds().forEach(k -> kinds.add(kind(k)));
      incidents.add(new DispatchProblem.Incident(Integer.toString(c.incident()), c.node(), kinds,
          c.priority(), c.earliest(), c.latest(), c.serviceTime()));
    }
    DispatchRequest.TravelTime tt = r.travelTime();
    Assignment a = dispatcher.assign(new DispatchProblem(r.now(), units, incidents,
        tt::seconds));
    List<DispatchRequest.Order> out = new ArrayList<>();
    for (Assignment.Dispatch d : a.dispatches()) {
      out.add(new DispatchRequest.Order(Integer.parseInt(d.incidentId()), d.kind().id(),
          d.unitId(), d.arrival()));
    }
    return out;
  }

  private static UnitKind kind(String id) {
    return UnitKind.valueOf(id.toUpperCase(Locale.ROOT));
  }
}
