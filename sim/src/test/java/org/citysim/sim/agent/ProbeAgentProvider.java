package org.citysim.sim.agent;

import java.util.List;
import org.citysim.sim.signal.SignalControl;

/**
 * A test agent found through ServiceLoader (see src/test/resources/META-INF/services): takes
 * control of its junctions and alternates their stages every {@code period} seconds, recording
 * the stage it asked for.
 */
public final class ProbeAgentProvider implements AgentProvider<ProbeAgentProvider.Config> {
  /** How the probe behaves. */
  public enum Mode { ALTERNATE, HOLD_FIRST }

  /**
   * @param period    seconds between decisions, positive
   * @param mode      what to do
   * @param junctions junction ids, or "all"
   */
  public record Config(double period, Mode mode, List<String> junctions) {
    public Config {
      if (!(period > 0)) {
        throw new IllegalArgumentException("period must be positive, got " + period);
      }
      junctions = List.copyOf(junctions);
    }
  }

  @Override
  public String id() {
    return "probe";
  }

  @Override
  public String description() {
    return "test agent alternating stages";
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public Config defaults() {
    return new Config(30, Mode.ALTERNATE, List.of("all"));
  }

  @Override
  public Agent create(Config config, AgentContext ctx) {
    List<String> ids = config.junctions().equals(List.of("all"))
        ? ctx.signalisedJunctions() : config.junctions();
    List<SignalControl> controls = ids.stream().map(ctx::control).toList();
    return () -> ctx.every(ctx.startTime() + config.period(), config.period(), () -> {
      for (SignalControl c : controls) {
        int next = config.mode() == Mode.HOLD_FIRST ? 0
            : (Math.max(0, c.currentStage()) + 1) % c.stages().size();
        c.switchTo(next);
        ctx.record(c.junction() + "/stage", next);
      }
      ctx.raise("decision", "switched " + controls.size() + " junctions");
    });
  }
}
