package org.citysim.agents.dispatch;

import org.citysim.sim.incident.ResponseDispatcher;
import org.citysim.sim.incident.ResponseDispatcherProvider;
import org.citysim.sim.random.RandomStream;

/** {@code dispatcher: nearest}: the {@link NearestUnitDispatcher} (no randomness). */
public final class NearestProvider implements ResponseDispatcherProvider {
  @Override
  public String name() {
    return "nearest";
  }

  @Override
  public ResponseDispatcher create(RandomStream random, int iterations) {
    return new DispatchAdapter(new NearestUnitDispatcher());
  }
}
