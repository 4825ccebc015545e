package org.citysim.sim.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.citysim.sim.random.RandomStream;

/** Finds {@link ResponseDispatcherProvider}s on the class path by name. */
public final class ResponseDispatchers {
  private ResponseDispatchers() {}

  /**
   * A dispatcher named {@code name}.
   *
   * @throws IllegalStateException when no provider of that name is on the class path
   */
  public static ResponseDispatcher create(String name, RandomStream random, int iterations) {
    List<String> known = new ArrayList<>();
    for (ResponseDispatcherProvider p : ServiceLoader.load(ResponseDispatcherProvider.class,
        ResponseDispatchers.class.getClassLoader())) {
      if (p.name().equals(name)) {
        return p.create(random, iterations);
      }
      known.add(p.name());
    }
    throw new IllegalStateException("no dispatcher '" + name + "' on the class path (found "
        + known + "); the agents module provides nearest and jsprit");
  }
}
