package org.citysim.sim.incident;

import org.citysim.sim.random.RandomStream;

/**
 * Makes a {@link ResponseDispatcher}; found by {@link java.util.ServiceLoader} under {@code
 * META-INF/services/org.citysim.sim.incident.ResponseDispatcherProvider}.
 */
public interface ResponseDispatcherProvider {
  /** The name a scenario gives in {@code incidents.response.dispatcher}. */
  String name();

  /**
   * A dispatcher for one run.
   *
   * @param random     its stream (the run's {@code incidents:dispatch})
   * @param iterations search iterations per decision, for dispatchers that search
   */
  ResponseDispatcher create(RandomStream random, int iterations);
}
