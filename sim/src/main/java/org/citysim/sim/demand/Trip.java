package org.citysim.sim.demand;

/**
 * A planned trip between two nodes.
 *
 * @param id          unique id
 * @param origin      origin node index
 * @param destination destination node index
 * @param departure   planned departure [s since midnight]
 */
public record Trip(String id, int origin, int destination, double departure) {}
