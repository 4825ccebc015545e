package org.citysim.sim.traffic;

import org.citysim.sim.event.SimEvent;

/**
 * A trip's planned departure time came; the vehicle now tries to enter its first link.
 *
 * @param time    [s]
 * @param vehicle vehicle (trip) index
 */
public record VehicleDeparted(double time, int vehicle) implements SimEvent {}
