package org.citysim.sim.agent;

import java.util.Objects;

/**
 * An agent a scenario asks for.
 *
 * @param provider the provider id
 * @param name     the instance name, unique in the scenario: names its random stream and outputs
 * @param config   the bound, validated config record of that provider
 */
public record AgentSpec(String provider, String name, Record config) {
  public AgentSpec {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(config, "config");
  }
}
