package org.citysim.sim.traffic;

import org.citysim.sim.event.SimEvent;

/**
 * A vehicle entered a link (its first link on insertion, or the next one at a junction).
 *
 * @param time    [s]
 * @param vehicle vehicle (trip) index
 * @param link    link index
 * @param first   true when this is the trip's first link (insertion)
 */
public record LinkEntered(double time, int vehicle, int link, boolean first) implements SimEvent {}
