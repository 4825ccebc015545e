/**
 * Demand: trips from origin-destination flows with a time-of-day profile (drawn with the
 * demand's own random stream), from random node pairs, and from CSV trip lists; and the routed
 * {@link org.citysim.sim.demand.TripTable} the traffic model runs.
 */
package org.citysim.sim.demand;
