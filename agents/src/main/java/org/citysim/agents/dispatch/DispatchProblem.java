package org.citysim.agents.dispatch;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One dispatch decision: the units that may be sent, the incidents that need units, and the
 * travel times between their nodes on the current network state.
 *
 * @param now        decision time [s since midnight]
 * @param units      units that may be (re)assigned now, ids unique
 * @param incidents  open incidents still needing units, ids unique
 * @param travelTime unit-to-incident travel times on the current network [s]
 */
public record DispatchProblem(double now, List<Unit> units, List<Incident> incidents,
    TravelTime travelTime) {

  /** Validates ids and copies the lists. */
  public DispatchProblem {
    if (!Double.isFinite(now)) {
      throw new IllegalArgumentException("now must be finite, got " + now);
    }
    units = List.copyOf(units);
    incidents = List.copyOf(incidents);
    Objects.requireNonNull(travelTime, "travelTime");
    Set<String> seen = new HashSet<>();
    for (Unit u : units) {
      if (!seen.add(u.id())) {
        throw new IllegalArgumentException("duplicate unit id '" + u.id() + "'");
      }
    }
    seen.clear();
    for (Incident i : incidents) {
      if (!seen.add(i.id())) {
        throw new IllegalArgumentException("duplicate incident id '" + i.id() + "'");
      }
    }
  }

  /**
   * When {@code unit} could be at {@code incident}'s node if sent now [s]: it leaves when it is
   * free (not before now) and drives the current travel time. Infinite when there is no route.
   */
  public double arrival(Unit unit, Incident incident) {
    return unit.departure(now) + travelTime.seconds(unit.node(), incident.node());
  }

  /**
   * A response unit, a vehicle in the traffic model.
   *
   * @param id            unit id from the scenario
   * @param kind          what it can serve
   * @param node          node index it starts from: where it stands, or the next node it reaches
   *                      if it is driving
   * @param availableFrom when it can leave that node [s]; at or before now if idle
   */
  public record Unit(String id, UnitKind kind, int node, double availableFrom) {
    /** Validates. */
    public Unit {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(kind, "kind");
      if (node < 0) {
        throw new IllegalArgumentException("unit " + id + ": node index must be >= 0, got " + node);
      }
      if (!Double.isFinite(availableFrom)) {
        throw new IllegalArgumentException("unit " + id + ": availableFrom must be finite");
      }
    }

    /** When the unit leaves if sent at {@code now} [s]. */
    public double departure(double now) {
      return Math.max(now, availableFrom);
    }
  }

  /**
   * An open incident.
   *
   * @param id            incident id
   * @param node          node index of its location
   * @param requiredKinds one unit of each of these kinds is needed (not empty)
   * @param priority      1 (most urgent) to 3 (least urgent)
   * @param earliest      start of its time window: when units may arrive [s], usually the report
   *                      time
   * @param latest        end of its time window: the latest useful arrival [s], from severity;
   *                      a unit that cannot arrive by then is not sent
   * @param serviceTime   time a unit spends on scene [s]
   */
  public record Incident(String id, int node, Set<UnitKind> requiredKinds, int priority,
      double earliest, double latest, double serviceTime) {
    /** Validates; {@code requiredKinds} is iterated in {@link UnitKind} order. */
    public Incident {
      Objects.requireNonNull(id, "id");
      if (node < 0) {
        throw new IllegalArgumentException("incident " + id + ": node index must be >= 0");
      }
      if (requiredKinds == null || requiredKinds.isEmpty()) {
        throw new IllegalArgumentException("incident " + id + ": requiredKinds must not be empty");
      }
      requiredKinds = Collections.unmodifiableSet(EnumSet.copyOf(requiredKinds));
      if (priority < 1 || priority > 3) {
        throw new IllegalArgumentException(
            "incident " + id + ": priority must be 1..3 (1 most urgent), got " + priority);
      }
      if (!Double.isFinite(earliest) || !(latest >= earliest)) {
        throw new IllegalArgumentException("incident " + id
            + ": time window needs finite earliest <= latest, got [" + earliest + ", " + latest
            + "]");
      }
      if (!(serviceTime >= 0) || !Double.isFinite(serviceTime)) {
        throw new IllegalArgumentException("incident " + id + ": serviceTime must be >= 0");
      }
    }

    /**
     * Weight of this incident's response time in the objective: 4, 2, 1 for priority 1, 2, 3,
     * so a minute saved on a priority-1 incident counts as four on a priority-3 one.
     */
    public double responseWeight() {
      return switch (priority) {
        case 1 -> 4.0;
        case 2 -> 2.0;
        default -> 1.0;
      };
    }
  }
}
