package org.citysim.sim.agent;

/**
 * Makes agents of one kind. Implementations are listed in
 * {@code META-INF/services/org.citysim.sim.agent.AgentProvider} of their jar and need a public
 * no-argument constructor; a jar on the class path is all it takes to add one.
 *
 * @param <C> the config record; its components are the YAML fields of the agent's
 *            {@code config}, with the values of {@link #defaults()} where a field is left out
 */
public interface AgentProvider<C extends Record> {
  /** The id a scenario names this agent by, e.g. {@code max-pressure}: lower case, dashes. */
  String id();

  /** One line for listings and error messages. */
  String description();

  /** The config record type. */
  Class<C> configType();

  /** The config used for fields a scenario leaves out. */
  C defaults();

  /**
   * Makes an agent for one run.
   *
   * @param config  the validated config (the record's constructor has checked its ranges)
   * @param context the agent's only way to the simulation
   * @throws IllegalArgumentException when the config does not fit the scenario (e.g. a junction
   *     that does not exist); the message becomes a scenario error
   */
  Agent create(C config, AgentContext context);
}
