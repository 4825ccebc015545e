package org.citysim.sim.incident;

import org.citysim.sim.event.SimEvent;

/**
 * An incident reached a point of its timeline.
 *
 * @param time     [s]
 * @param incident incident id ({@link IncidentLog#incident})
 * @param link     link index
 * @param phase    the point reached
 */
public record IncidentEvent(double time, int incident, int link, IncidentPhase phase)
    implements SimEvent {}
