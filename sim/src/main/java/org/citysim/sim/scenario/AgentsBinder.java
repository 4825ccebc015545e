package org.citysim.sim.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citysim.sim.agent.AgentProvider;
import org.citysim.sim.agent.AgentRegistry;
import org.citysim.sim.agent.AgentSpec;
import org.citysim.sim.agent.RecordBinder;
import org.citysim.sim.scenario.yaml.Obj;
import org.citysim.sim.scenario.yaml.Suggest;
import org.citysim.sim.scenario.yaml.Val;

/**
 * Binds the {@code agents} list: each item names a provider ({@code agent}), an optional
 * instance {@code name} (default: the provider id, numbered when repeated) and its
 * {@code config}, bound to the provider's config record.
 */
final class AgentsBinder {
  private final AgentRegistry registry;

  AgentsBinder(AgentRegistry registry) {
    this.registry = registry;
  }

  List<AgentSpec> bind(List<Val> items) {
    List<AgentSpec> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Val item : items) {
      Obj o = item.obj();
      if (o == null) {
        continue;
      }
      o.checkKeys("agent", "name", "config");
      String id = o.requireText("agent");
      if (id == null) {
        continue;
      }
      AgentProvider<?> p = registry.get(id);
      if (p == null) {
        String guess = Suggest.closest(id, registry.ids());
        o.opt("agent").problem("unknown agent '" + id + "'", (guess == null ? ""
            : "did you mean '" + guess + "'? ") + "known agents: "
            + (registry.ids().isEmpty() ? "none (is the agents jar on the class path?)"
                : String.join(", ", registry.ids())));
        continue;
      }
      String name = o.optText("name", null);
      if (name == null) {
        name = id;
        for (int k = 2; names.contains(name); k++) {
          name = id + "-" + k;
        }
      } else if (!name.matches("[A-Za-z0-9_.-]+")) {
        o.opt("name").problem("agent name '" + name + "' is not a plain name",
            "use letters, digits, '.', '_' and '-'");
        continue;
      }
      if (!names.add(name)) {
        o.opt("name").problem("two agents are named '" + name + "'", "give each a unique name");
        continue;
      }
      Record config = bind(p, o.has("config") ? o.optObj("config") : null);
      if (config != null) {
        out.add(new AgentSpec(id, name, config));
      }
    }
    return out;
  }

  private static <C extends Record> Record bind(AgentProvider<C> p, Obj config) {
    return RecordBinder.bind(config, p.configType(), p.defaults());
  }
}
