/**
 * Turns a {@link org.citysim.sim.scenario.Scenario} into runnable parts: the road network and its
 * signal timings (generated grid or explicit), and the routed trips. Problems are reported as
 * {@link org.citysim.sim.scenario.ScenarioException}s so the user sees them all at once.
 */
package org.citysim.sim.build;
