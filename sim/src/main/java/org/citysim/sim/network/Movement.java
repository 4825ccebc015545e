package org.citysim.sim.network;

/**
 * An allowed turn at the node where {@code from} ends and {@code to} starts.
 *
 * @param from incoming link
 * @param to   outgoing link
 */
public record Movement(LinkId from, LinkId to) {
  @Override
  public String toString() {
    return from + ">" + to;
  }
}
