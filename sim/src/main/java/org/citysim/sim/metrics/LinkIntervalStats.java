package org.citysim.sim.metrics;

/**
 * What happened on one link in one aggregation interval.
 *
 * @param linkId         link id
 * @param intervalStart  start of the interval [s since midnight]
 * @param entries        vehicles that entered [veh]
 * @param exits          vehicles that left (onward or arriving) [veh]
 * @param meanTravelTime mean time on the link of the vehicles that left [s], NaN if none
 * @param queue          vehicles on the link past their free-flow exit time, at interval end [veh]
 * @param occupancy      vehicles on the link at interval end [veh]
 */
public record LinkIntervalStats(
    String linkId, double intervalStart, int entries, int exits, double meanTravelTime,
    int queue, int occupancy) {}
