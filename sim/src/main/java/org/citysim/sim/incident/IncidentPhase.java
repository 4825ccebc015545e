package org.citysim.sim.incident;

/** The points of an incident's timeline, after FHWA's traffic incident management timeline. */
public enum IncidentPhase {
  /** The incident happens; lanes are blocked from now. */
  OCCURRED,
  /** A camera or a report makes it known; informed drivers reroute. */
  DETECTED,
  /** A dispatcher sent a unit (only with a dispatcher). */
  DISPATCHED,
  /** The first responder arrived; clearance starts. */
  ON_SCENE,
  /** All lanes are open again. */
  LANES_CLEARED,
  /** The last responder left the scene. */
  ALL_CLEAR
}
