package org.citysim.sim.imports.sumo;

/**
 * A kept (non-internal) SUMO edge as the queue model sees it.
 *
 * @param id       edge id, becomes the link id
 * @param from     from-junction id
 * @param to       to-junction id
 * @param length   mean of its lanes' lengths [m]
 * @param speed    largest lane speed [m/s]
 * @param lanes    lanes open to passenger cars, or, when there are none, lanes open to buses
 *                 (at least 1)
 * @param carLanes false when no lane is open to passenger cars
 * @param laneIndices SUMO index of each counted lane, ascending ({@code lanes} of them), or
 *                 empty when none is of the counted kind
 * @param line     line of the {@code <edge>} tag
 */
record SumoEdge(String id, String from, String to, double length, double speed, int lanes,
    boolean carLanes, java.util.List<Integer> laneIndices, int line) {}
