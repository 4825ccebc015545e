package org.citysim.sim.traffic;

import org.citysim.sim.event.SimEvent;

/**
 * A vehicle left a link, onward or by arriving at its destination at the link's end.
 *
 * @param time      [s]
 * @param vehicle   vehicle (trip) index
 * @param link      link index
 * @param enteredAt when it had entered the link [s]
 * @param arrived   true when the trip ended here
 */
public record LinkExited(double time, int vehicle, int link, double enteredAt, boolean arrived)
    implements SimEvent {}
