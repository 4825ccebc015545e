package org.citysim.sim.network;

/**
 * A directed road link. Checked by {@link RoadNetworkBuilder#build()}, not here, so that every
 * problem of a network is reported together.
 *
 * @param id              id
 * @param from            upstream node
 * @param to              downstream node
 * @param length          length [m]
 * @param lanes           lanes
 * @param freeSpeed       free speed [m/s]
 * @param flowCapacity    flow capacity at the link exit, all lanes together [veh/h]
 * @param storageCapacity vehicles the link holds when jammed [veh]
 */
public record Link(
    LinkId id, NodeId from, NodeId to, double length, int lanes, double freeSpeed,
    double flowCapacity, double storageCapacity) {

  /** Travel time at free speed [s]. */
  public double freeFlowTime() {
    return length / freeSpeed;
  }
}
