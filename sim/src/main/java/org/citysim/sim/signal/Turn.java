package org.citysim.sim.signal;

/**
 * A movement (turn) of a signalised junction, as controllers see it: which incoming link it
 * leaves and which outgoing link it enters. Stages name their green movements by
 * {@link #index()}; a pressure-based controller looks at the queue downstream through
 * {@link #to()}.
 *
 * @param index global movement index, as in {@link Stage#green()}
 * @param from  incoming link id (an {@link Approach} of the junction)
 * @param to    outgoing link id
 */
public record Turn(int index, String from, String to) {}
