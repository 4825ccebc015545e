package org.citysim.sim.imports.sumo;

/**
 * A non-internal SUMO junction.
 *
 * @param id id, becomes the node id
 * @param x  x [m] in SUMO's (offset) network coordinates
 * @param y  y [m]
 */
record SumoJunction(String id, double x, double y) {}
