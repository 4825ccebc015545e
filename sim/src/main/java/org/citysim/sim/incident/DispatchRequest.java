package org.citysim.sim.incident;

import java.util.List;
import java.util.Objects;

/**
 * One dispatch decision asked of a {@link ResponseDispatcher}: the idle units, the open calls
 * (incidents still needing units) and travel times between their nodes on the current link
 * travel times.
 *
 * @param now        decision time [s since midnight]
 * @param units      idle units, in scenario order, ids unique
 * @param calls      open incidents still needing units, by incident id
 * @param travelTime unit-to-incident travel times now [s]
 */
public record DispatchRequest(double now, List<Unit> units, List<Call> calls,
    TravelTime travelTime) {

  /** The unit kinds a scenario may use, in the order needs are listed. */
  public static final List<String> KINDS = List.of("ambulance", "tow", "police");

  /** Copies the lists. */
  public DispatchRequest {
    units = List.copyOf(units);
    calls = List.copyOf(calls);
    Objects.requireNonNull(travelTime, "travelTime");
  }

  /** Travel time between two nodes [s]; infinite where there is no route. */
  @FunctionalInterface
  public interface TravelTime {
    /** From node index {@code from} to node index {@code to} [s]. */
    double seconds(int from, int to);
  }

  /**
   * An idle unit.
   *
   * @param id   unit id (kind-depot-number)
   * @param kind one of {@link #KINDS}
   * @param node node index where it stands
   */
  public record Unit(String id, String kind, int node) {
    public Unit {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /**
   * An incident still needing units.
   *
   * @param incident    incident id
   * @param node        node index units drive to (the upstream end of its link)
   * @param kinds       kinds still needed, one unit each, in {@link #KINDS} order, not empty
   * @param priority    1 (most urgent) to 3
   * @param earliest    when units may arrive [s]: its detection
   * @param latest      latest useful arrival [s]: detection + the severity's window
   * @param serviceTime time a unit stays on scene [s]
   */
  public record Call(int incident, int node, List<String> kinds, int priority, double earliest,
      double latest, double serviceTime) {
    public Call {
      kinds = List.copyOf(kinds);
    }
  }

  /**
   * One unit sent to one incident, as a dispatcher answers.
   *
   * @param incident incident id
   * @param kind     the need it covers
   * @param unit     the unit's id
   * @param arrival  its arrival at the incident on current travel times [s]
   */
  public record Order(int incident, String kind, String unit, double arrival) {
    public Order {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(unit, "unit");
    }
  }
}
