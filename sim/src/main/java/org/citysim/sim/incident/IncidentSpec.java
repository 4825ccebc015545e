package org.citysim.sim.incident;

import java.util.List;
import java.util.Objects;

/**
 * Everything about incidents and closures in a run.
 *
 * @param random     random incidents
 * @param scheduled  incidents at given times and links
 * @param closures   planned closures
 * @param detection  how incidents are detected
 * @param response   how responders reach them
 * @param compliance chance that an informed driver reroutes around a blocked link [0..1], drawn
 *                   once per driver from the stream {@code incidents:compliance}
 */
public record IncidentSpec(RandomIncidents random, List<ScheduledIncident> scheduled,
    List<Closure> closures, DetectionSpec detection, ResponseSpec response, double compliance) {
  public IncidentSpec {
    Objects.requireNonNull(random, "random");
    scheduled = List.copyOf(scheduled);
    closures = List.copyOf(closures);
    Objects.requireNonNull(detection, "detection");
    Objects.requireNonNull(response, "response");
    if (!(compliance >= 0 && compliance <= 1)) {
      throw new IllegalArgumentException("compliance must be in [0, 1], got " + compliance);
    }
  }

  /** Nothing random or scheduled; default detection and response; compliance 0.5. */
  public static IncidentSpec none() {
    return new IncidentSpec(RandomIncidents.none(), List.of(), List.of(),
        DetectionSpec.defaults(), ResponseSpec.defaults(), 0.5);
  }
}
