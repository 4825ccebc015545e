/**
 * The agent plug-in interface. An {@link org.citysim.sim.agent.AgentProvider} (id, config record
 * type, factory) is found by {@link java.util.ServiceLoader}; a scenario lists the agents it
 * wants by provider id with their config ({@link org.citysim.sim.agent.AgentSpec}). Agents see
 * the city only through sensors and act only through the narrow
 * {@link org.citysim.sim.agent.AgentContext}: set signals, schedule their next decision, raise
 * events, record what they did. Built-in agents live in the {@code agents} module.
 */
package org.citysim.sim.agent;
