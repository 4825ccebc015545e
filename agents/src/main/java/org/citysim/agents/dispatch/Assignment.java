package org.citysim.agents.dispatch;

import java.util.List;

/**
 * A dispatcher's answer: which unit to send to which incident, and which needs stay unserved.
 * An incident needing several kinds has one {@link Dispatch} or {@link Unserved} per kind.
 *
 * @param dispatches units to send, in the problem's incident order, then kind order
 * @param unserved   needs left without a unit, in the same order
 */
public record Assignment(List<Dispatch> dispatches, List<Unserved> unserved) {

  /** Copies the lists. */
  public Assignment {
    dispatches = List.copyOf(dispatches);
    unserved = List.copyOf(unserved);
  }

  /** The units sent to {@code incidentId}, in kind order. */
  public List<String> unitsFor(String incidentId) {
    return dispatches.stream().filter(d -> d.incidentId().equals(incidentId))
        .map(Dispatch::unitId).toList();
  }

  /**
   * The objective both dispatchers are compared on: the sum over dispatches of the incident's
   * {@link DispatchProblem.Incident#responseWeight()} times (arrival - now) [s].
   */
  public double weightedResponseTime(DispatchProblem problem) {
    double sum = 0;
    for (Dispatch d : dispatches) {
      DispatchProblem.Incident inc = problem.incidents().stream()
          .filter(i -> i.id().equals(d.incidentId())).findFirst().orElseThrow();
      sum += inc.responseWeight() * (d.arrival() - problem.now());
    }
    return sum;
  }

  /**
   * One unit sent to one incident.
   *
   * @param incidentId the incident
   * @param kind       the need it covers
   * @param unitId     the unit sent
   * @param departure  when it leaves its node [s]
   * @param arrival    estimated arrival at the incident on current travel times [s]
   */
  public record Dispatch(String incidentId, UnitKind kind, String unitId, double departure,
      double arrival) {
  }

  /**
   * A need no unit was sent to.
   *
   * @param incidentId the incident
   * @param kind       the unit kind it still needs
   * @param reason     why
   */
  public record Unserved(String incidentId, UnitKind kind, Reason reason) {
  }

  /** Why a need is unserved. */
  public enum Reason {
    /** No unit of that kind is available in this decision. */
    NO_UNIT_OF_KIND,
    /** Units of that kind exist, but none can arrive before the incident's latest time. */
    CANNOT_ARRIVE_IN_TIME,
    /** Units that could arrive in time are all sent to other (more urgent or closer) needs. */
    UNITS_BUSY
  }
}
