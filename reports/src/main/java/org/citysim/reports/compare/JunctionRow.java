package org.citysim.reports.compare;

/**
 * One row of a run's {@code junctions.csv}, as far as a comparison uses it.
 *
 * @param junction     junction id
 * @param vehicles     vehicles served [veh]
 * @param controlDelay average control delay [s/veh]; NaN when none was served
 * @param los          level of service (A-F), empty when none was served
 */
public record JunctionRow(String junction, long vehicles, double controlDelay, String los) {}
