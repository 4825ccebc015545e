package org.citysim.sim.agent;

import org.citysim.sim.sensor.ApproachSensor;
import org.citysim.sim.sensor.SensorKind;
import org.citysim.sim.sensor.SensorReading;

/**
 * A test agent found through ServiceLoader: asks for a camera on one link and records, every
 * {@code period} seconds, the reading it can see then (series {@code from}, {@code count} and
 * {@code valid}; NaN before the first one shows).
 */
public final class CameraProbeProvider implements AgentProvider<CameraProbeProvider.Config> {
  /**
   * @param link   the link to watch
   * @param period seconds between looks, positive
   */
  public record Config(String link, double period) {
    public Config {
      if (!(period > 0)) {
        throw new IllegalArgumentException("period must be positive, got " + period);
      }
    }
  }

  @Override
  public String id() {
    return "camera-probe";
  }

  @Override
  public String description() {
    return "test agent recording what a camera reports";
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public Config defaults() {
    return new Config("", 60);
  }

  @Override
  public Agent create(Config config, AgentContext ctx) {
    ApproachSensor camera = ctx.sensors().approach(config.link(), SensorKind.CAMERA);
    return () -> ctx.every(ctx.startTime() + config.period(), config.period(), () -> {
      SensorReading r = camera.last();
      ctx.record("from", r == null ? Double.NaN : r.from());
      ctx.record("count", r == null ? Double.NaN : r.count());
      ctx.record("valid", r == null ? Double.NaN : r.valid() ? 1 : 0);
    });
  }
}
