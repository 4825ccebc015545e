package org.citysim.agents.dispatch;

/**
 * Travel time of a response unit between two road-network nodes, on the network state the
 * dispatch decision is made in.
 */
@FunctionalInterface
public interface TravelTime {
  /**
   * Travel time from node {@code from} to node {@code to} [s]: 0 from a node to itself, {@link
   * Double#POSITIVE_INFINITY} when there is no route or the pair is not known. Dispatchers ask
   * for every pair of a unit's node and an incident's node; other pairs may be unknown.
   *
   * @param from node index of the origin
   * @param to   node index of the destination
   */
  double seconds(int from, int to);
}
