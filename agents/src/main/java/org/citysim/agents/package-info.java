/**
 * Built-in agent plugins, discovered through {@link java.util.ServiceLoader}: signal controllers,
 * vision stand-ins, incident response and air-quality alerts. Agents see the city only through
 * sensors and act through the narrow agent context that {@code org.citysim.sim} declares.
 *
 * <p>The agent SPI and the first controllers arrive with the agent-plugin work; the foundation
 * ships fixed-time signal plans inside the kernel's traffic model.
 */
package org.citysim.agents;
