package org.citysim.sim.agent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The agent providers known to a run, by id. */
public final class AgentRegistry {
  private final Map<String, AgentProvider<?>> byId;

  /** A registry of exactly these providers (for tests and embedding). */
  public AgentRegistry(List<AgentProvider<?>> providers) {
    Map<String, AgentProvider<?>> m = new TreeMap<>();
    for (AgentProvider<?> p : providers) {
      AgentProvider<?> old = m.put(p.id(), p);
      if (old != null && old.getClass() != p.getClass()) {
        throw new IllegalStateException("two agent providers with id '" + p.id() + "': "
            + old.getClass().getName() + " and " + p.getClass().getName());
      }
    }
    this.byId = Collections.unmodifiableMap(m);
  }

  /** The providers on the class path ({@code META-INF/services}). */
  public static AgentRegistry discover() {
    List<AgentProvider<?>> found = new ArrayList<>();
    for (AgentProvider<?> p : ServiceLoader.load(AgentProvider.class,
        AgentRegistry.class.getClassLoader())) {
      found.add(p);
    }
    return new AgentRegistry(found);
  }

  /** The provider with this id, or null. */
  public AgentProvider<?> get(String id) {
    return byId.get(id);
  }

  /** Known ids, sorted. */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /** All providers, sorted by id. */
  public List<AgentProvider<?>> providers() {
    return List.copyOf(byId.values());
  }
}
