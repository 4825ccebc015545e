/**
 * The road network: nodes, directed links and allowed movements (turns), held on a JGraphT
 * directed graph and frozen by {@link org.citysim.sim.network.RoadNetworkBuilder} into
 * int-indexed arrays for the hot path. Lengths in metres [m], speeds in metres per second [m/s],
 * flow capacities in vehicles per hour [veh/h], storage capacities in vehicles [veh].
 */
package org.citysim.sim.network;
