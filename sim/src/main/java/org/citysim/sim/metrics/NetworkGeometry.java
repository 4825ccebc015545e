package org.citysim.sim.metrics;

import java.util.List;

/**
 * What the network drawing needs.
 *
 * @param nodes nodes with coordinates
 * @param links links with end coordinates and their congestion over the run
 */
public record NetworkGeometry(List<NodePoint> nodes, List<LinkLine> links) {
  public NetworkGeometry {
    nodes = List.copyOf(nodes);
    links = List.copyOf(links);
  }

  /**
   * A node.
   *
   * @param id node id
   * @param x  easting [m]
   * @param y  northing [m]
   */
  public record NodePoint(String id, double x, double y) {}

  /**
   * A link drawn as a segment.
   *
   * @param id         link id
   * @param x1         easting of the upstream node [m]
   * @param y1         northing of the upstream node [m]
   * @param x2         easting of the downstream node [m]
   * @param y2         northing of the downstream node [m]
   * @param lanes      lanes
   * @param congestion mean travel time over free-flow travel time of the vehicles that left the
   *                   link (1 = free flow); NaN if no vehicle left it
   * @param vehicles   vehicles that left the link during the run [veh]
   */
  public record LinkLine(
      String id, double x1, double y1, double x2, double y2, int lanes, double congestion,
      long vehicles) {}
}
