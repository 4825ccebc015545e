package org.citysim.sim.network;

/**
 * A junction or end point.
 *
 * @param id id
 * @param x  easting [m]
 * @param y  northing [m]
 */
public record Node(NodeId id, double x, double y) {}
