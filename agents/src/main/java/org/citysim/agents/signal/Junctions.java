package org.citysim.agents.signal;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.agent.AgentContext;
import org.citysim.sim.signal.SignalControl;

/** Takes control of the junctions a controller's config names. */
public final class Junctions {
  /** The {@code junctions} value that means every signalised junction of the network. */
  public static final String ALL = "all";

  private Junctions() {}

  /**
   * Takes control of {@code ids} ({@link #ALL}: every signalised junction, in network order) and
   * checks that the controller's minimum green is not below any junction's safety floor.
   *
   * @param minGreen the controller's minimum green [s]
   * @throws IllegalArgumentException naming every junction that does not exist, has no signal or
   *     is taken by another agent, or whose floor is above {@code minGreen}
   */
  public static List<SignalControl> take(AgentContext context, List<String> ids,
      double minGreen) {
    List<String> wanted = ids.equals(List.of(ALL)) ? context.signalisedJunctions() : ids;
    if (wanted.isEmpty()) {
      throw new IllegalArgumentException("junctions is 'all', but the network has no signalised"
          + " junction");
    }
    List<SignalControl> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String id : wanted) {
      try {
        SignalControl c = context.control(id);
        if (minGreen < c.minGreen()) {
          problems.add("minGreen " + minGreen + " s is below the safety floor of junction '" + id
              + "' (" + c.minGreen() + " s)");
        }
        out.add(c);
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      String known = context.signalisedJunctions().isEmpty() ? "the network has none"
          : "signalised junctions: " + abbreviate(context.signalisedJunctions());
      throw new IllegalArgumentException(String.join("; ", problems) + " (" + known + ")");
    }
    return out;
  }

  private static String abbreviate(List<String> ids) {
    int max = 12;
    return ids.size() <= max ? String.join(", ", ids)
        : String.join(", ", ids.subList(0, max)) + ", ... (" + ids.size() + " in all)";
  }
}
