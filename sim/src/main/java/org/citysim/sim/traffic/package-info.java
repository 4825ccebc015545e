/**
 * The mesoscopic, event-driven link queue model (in the style of MATSim's QSim with holes):
 * free-flow traversal per link, flow capacity at the link exit, storage capacity with spillback,
 * freed space travelling upstream as holes, fixed-time signals gating movements, and insertion
 * queues at origins. One event per vehicle per link plus wake-ups when a blocked exit can move;
 * no global time-step loop.
 */
package org.citysim.sim.traffic;
