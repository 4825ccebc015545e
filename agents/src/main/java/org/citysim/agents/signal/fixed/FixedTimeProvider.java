package org.citysim.agents.signal.fixed;

import java.util.List;
import org.citysim.agents.signal.Junctions;
import org.citysim.sim.agent.Agent;
import org.citysim.sim.agent.AgentContext;
import org.citysim.sim.agent.AgentProvider;
import org.citysim.sim.signal.SignalControl;
import org.citysim.sim.signal.Stage;

/**
 * {@code fixed-time}: runs each junction's base plan, or the configured greens. Records
 * {@code <junction>/cycle} [s] once at the start.
 */
public final class FixedTimeProvider implements AgentProvider<FixedTimeConfig> {
  @Override
  public String id() {
    return "fixed-time";
  }

  @Override
  public String description() {
    return "fixed-time signal plans: the base plan of each junction, or configured greens";
  }

  @Override
  public Class<FixedTimeConfig> configType() {
    return FixedTimeConfig.class;
  }

  @Override
  public FixedTimeConfig defaults() {
    return FixedTimeConfig.DEFAULTS;
  }

  @Override
  public Agent create(FixedTimeConfig config, AgentContext context) {
    List<SignalControl> controls = Junctions.take(context, config.junctions(),
        config.minGreen());
    double[] greens = config.greens().stream().mapToDouble(Double::doubleValue).toArray();
    if (greens.length > 0) {
      for (SignalControl c : controls) {
        if (c.stages().size() != greens.length) {
          throw new IllegalArgumentException("greens lists " + greens.length + " green times,"
              + " but junction '" + c.junction() + "' has " + c.stages().size() + " stages");
        }
      }
    }
    return () -> {
      for (SignalControl c : controls) {
        double cycle;
        if (greens.length > 0) {
          c.runPlan(greens);
          cycle = sum(greens) + c.lostTime();
        } else {
          cycle = c.stages().stream().mapToDouble(Stage::baseGreen).sum() + c.lostTime();
        }
        context.record(c.junction() + "/cycle", cycle);
      }
    };
  }

  private static double sum(double[] g) {
    double s = 0;
    for (double x : g) {
      s += x;
    }
    return s;
  }
}
