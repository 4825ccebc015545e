package org.citysim.agents.dispatch;

import java.util.ArrayList;
import java.util.List;
import org.citysim.agents.dispatch.Assignment.Reason;
import org.citysim.agents.dispatch.DispatchProblem.Incident;
import org.citysim.agents.dispatch.DispatchProblem.Unit;

/**
 * The needs of a problem, one per (incident, required kind), each with the units that could cover
 * it in time; and the assignment made from a choice of unit per need. Shared by the dispatchers
 * so they judge feasibility and give reasons alike.
 */
final class Needs {
  private Needs() {
  }

  /**
   * One need.
   *
   * @param incident   the incident
   * @param kind       the kind of unit needed
   * @param candidates indices into the problem's units of those of this kind that can arrive by
   *                   the incident's latest time, in unit order
   */
  record Need(Incident incident, UnitKind kind, List<Integer> candidates) {
  }

  /** The needs, in incident order then kind order. */
  static List<Need> of(DispatchProblem p) {
    List<Need> out = new ArrayList<>();
    for (Incident inc : p.incidents()) {
      for (UnitKind kind : inc.requiredKinds()) {
        List<Integer> candidates = new ArrayList<>();
        for (int u = 0; u < p.units().size(); u++) {
          Unit unit = p.units().get(u);
          if (unit.kind() == kind && p.arrival(unit, inc) <= inc.latest()) {
            candidates.add(u);
          }
        }
        out.add(new Need(inc, kind, List.copyOf(candidates)));
      }
    }
    return out;
  }

  /**
   * The assignment for a choice of unit per need.
   *
   * @param unitOfNeed per need, the index of the unit sent, or -1 for none
   */
  static Assignment assignment(DispatchProblem p, List<Need> needs, int[] unitOfNeed) {
    List<Assignment.Dispatch> sent = new ArrayList<>();
    List<Assignment.Unserved> unserved = new ArrayList<>();
    for (int n = 0; n < needs.size(); n++) {
      Need need = needs.get(n);
      int u = unitOfNeed[n];
      if (u >= 0) {
        Unit unit = p.units().get(u);
        sent.add(new Assignment.Dispatch(need.incident().id(), need.kind(), unit.id(),
            unit.departure(p.now()), p.arrival(unit, need.incident())));
      } else {
        unserved.add(new Assignment.Unserved(need.incident().id(), need.kind(), reason(p, need)));
      }
    }
    return new Assignment(sent, unserved);
  }

  private static Reason reason(DispatchProblem p, Need need) {
    if (!need.candidates().isEmpty()) {
      return Reason.UNITS_BUSY;
    }
    boolean anyOfKind = p.units().stream().anyMatch(u -> u.kind() == need.kind());
    return anyOfKind ? Reason.CANNOT_ARRIVE_IN_TIME : Reason.NO_UNIT_OF_KIND;
  }
}
