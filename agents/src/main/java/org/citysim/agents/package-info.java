/**
 * Built-in agent plugins, discovered through {@link java.util.ServiceLoader}: signal controllers,
 * vision stand-ins, incident response and air-quality alerts. Agents see the city only through
 * sensors and act through the narrow agent context that {@code org.citysim.sim} declares.
 *
 * <p>The signal controllers ({@code fixed-time}, {@code webster}, {@code actuated},
 * {@code max-pressure}, {@code pid}) are in {@link org.citysim.agents.signal} and its
 * sub-packages; {@code docs/control.md} describes them.
 */
package org.citysim.agents;
