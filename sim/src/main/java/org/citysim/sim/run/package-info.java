/**
 * One simulation run: {@link org.citysim.sim.run.SimulationBuilder} turns a scenario into a
 * wired {@link org.citysim.sim.run.Simulation} (network, routed trips, kernel, traffic model,
 * metrics observers), which runs and hands back a deterministic
 * {@link org.citysim.sim.metrics.RunResult}.
 */
package org.citysim.sim.run;
