package org.citysim.sim.imports.sumo;

import java.util.Set;

/**
 * The lane connections from one kept edge to another, merged into one movement.
 *
 * @param from   incoming edge id
 * @param to     outgoing edge id
 * @param line   line of the first {@code <connection>} naming the pair
 * @param column column of that connection
 * @param links  every (tl, linkIndex) pair of its lane connections, in file order; empty when
 *               no lane connection is signal-controlled
 * @param fromLanes SUMO index of every lane of {@code from} its lane connections leave from
 *               (-1 for a connection without {@code fromLane})
 * @param vias   the first internal lane ({@code via}) of each lane connection that has one
 */
record SumoMovement(String from, String to, int line, int column, Set<TlLink> links,
    Set<Integer> fromLanes, java.util.List<String> vias) {}
