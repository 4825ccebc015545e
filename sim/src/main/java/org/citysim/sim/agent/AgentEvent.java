package org.citysim.sim.agent;

/**
 * Something an agent reports (a plan change, a sensor it stopped trusting), published on the
 * run's event bus and listed in the report.
 *
 * @param time    when [s]
 * @param agent   the agent's name
 * @param kind    short machine-readable kind, e.g. {@code plan-change}
 * @param message one line for people
 */
public record AgentEvent(double time, String agent, String kind, String message)
    implements org.citysim.sim.event.SimEvent {}
