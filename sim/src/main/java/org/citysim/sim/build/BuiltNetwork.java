package org.citysim.sim.build;

import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.signal.SignalTimings;

/**
 * A network ready to simulate.
 *
 * @param network the road network
 * @param signals signal timings of its movements
 */
public record BuiltNetwork(RoadNetwork network, SignalTimings signals) {}
