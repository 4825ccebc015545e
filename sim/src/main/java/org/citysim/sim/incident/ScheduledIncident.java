package org.citysim.sim.incident;

import java.util.Objects;

/**
 * An incident that occurs at a given time and place (a scenario's what-if), then runs through
 * detection, response and clearance like a random one.
 *
 * @param link     link id
 * @param time     when it occurs [s]
 * @param severity its class
 */
public record ScheduledIncident(String link, double time, Severity severity) {
  public ScheduledIncident {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(severity, "severity");
    if (!Double.isFinite(time)) {
      throw new IllegalArgumentException("time must be finite, got " + time);
    }
  }
}
