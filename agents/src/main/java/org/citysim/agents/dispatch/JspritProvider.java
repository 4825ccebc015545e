package org.citysim.agents.dispatch;

import org.citysim.sim.incident.ResponseDispatcher;
import org.citysim.sim.incident.ResponseDispatcherProvider;
import org.citysim.sim.random.RandomStream;

/** {@code dispatcher: jsprit}: the {@link JspritDispatcher} with the given iterations. */
public final class JspritProvider implements ResponseDispatcherProvider {
  @Override
  public String name() {
    return "jsprit";
  }

  @Override
  public ResponseDispatcher create(RandomStream random, int iterations) {
    return new DispatchAdapter(new JspritDispatcher(random, iterations));
  }
}
