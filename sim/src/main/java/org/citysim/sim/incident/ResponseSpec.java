package org.citysim.sim.incident;

/**
 * How responders reach incidents.
 *
 * @param dispatcher    true when a dispatcher agent sends units: it learns of detections from
 *                      {@link IncidentEvent}s and reports through {@link IncidentLog#dispatched}
 *                      and {@link IncidentLog#onScene}; clearance starts on scene. False: no
 *                      dispatcher, responders are on scene {@code responseDelay} after detection
 * @param responseDelay from detection to on scene without a dispatcher [s]
 */
public record ResponseSpec(boolean dispatcher, double responseDelay) {
  public ResponseSpec {
    if (!(responseDelay >= 0) || Double.isInfinite(responseDelay)) {
      throw new IllegalArgumentException("responseDelay must be >= 0, got " + responseDelay);
    }
  }

  /** No dispatcher; on scene 10 min after detection (our assumption). */
  public static ResponseSpec defaults() {
    return new ResponseSpec(false, 600);
  }
}
