package org.citysim.sim.incident;

/**
 * One incident as known at some moment: times not reached yet are NaN.
 *
 * @param id           id, in order of occurrence from 0
 * @param link         link index
 * @param linkId       link id
 * @param severity     its class
 * @param scheduled    true for a scheduled incident, false for a random one
 * @param detectedBy   what detected it: "camera", "report" or "classifier"; "" before
 * @param clearance    drawn time from on scene to lanes cleared [s]
 * @param occurred     [s]
 * @param detected     [s]
 * @param dispatched   [s]; NaN without a dispatcher
 * @param onScene      [s]
 * @param lanesCleared [s]
 * @param allClear     [s]
 */
public record Incident(int id, int link, String linkId, Severity severity, boolean scheduled,
    String detectedBy, double clearance, double occurred, double detected, double dispatched,
    double onScene, double lanesCleared, double allClear) {

  /** True when a camera detected it. */
  public boolean byCamera() {
    return "camera".equals(detectedBy);
  }

  /** Time from occurrence to all lanes open [s], NaN while blocked. */
  public double blockedDuration() {
    return lanesCleared - occurred;
  }
}
