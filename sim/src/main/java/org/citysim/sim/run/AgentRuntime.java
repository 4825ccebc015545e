package org.citysim.sim.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citysim.sim.agent.Agent;
import org.citysim.sim.agent.AgentContext;
import org.citysim.sim.agent.AgentEvent;
import org.citysim.sim.agent.AgentProvider;
import org.citysim.sim.agent.AgentRegistry;
import org.citysim.sim.agent.AgentSpec;
import org.citysim.sim.event.Channel;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.kernel.Priorities;
import org.citysim.sim.metrics.AgentOutputs;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.random.RandomStream;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.sensor.Sensors;
import org.citysim.sim.signal.JunctionControl;
import org.citysim.sim.signal.SignalControl;
import org.citysim.sim.signal.SignalState;

/**
 * Creates a run's agents from the scenario, gives each its {@link AgentContext}, starts them at
 * the start time and collects what they record.
 */
final class AgentRuntime {
  /**
   * Minimum green every controlled stage gets whatever a controller asks [s]: the safety floor
   * of the junction (HCM's minimum greens run 4 to 15 s); controllers may ask for more.
   */
  static final double MIN_GREEN = 5.0;

  private final Kernel kernel;
  private final RoadNetwork net;
  private final SignalState signals;
  private final Sensors sensors;
  private final Map<Integer, String> controlledBy = new HashMap<>();
  private final Map<String, Recorder> series = new LinkedHashMap<>();
  private final List<AgentEvent> events = new ArrayList<>();
  private final List<Agent> agents = new ArrayList<>();
  private final Channel<AgentEvent> eventChannel;
  private final ForecastFeeds feeds;
  /** The folder model files are relative to: the scenario's. */
  private java.nio.file.Path base = java.nio.file.Path.of("");

  AgentRuntime(Kernel kernel, RoadNetwork net, SignalState signals, Sensors sensors,
      ForecastFeeds feeds) {
    this.kernel = kernel;
    this.net = net;
    this.signals = signals;
    this.sensors = sensors;
    this.feeds = feeds;
    this.eventChannel = kernel.bus().channel(AgentEvent.class);
  }

  /**
   * Creates the agents of {@code specs} and schedules their start.
   *
   * @throws ScenarioException when a provider refuses its config for this scenario
   */
  void create(List<AgentSpec> specs, AgentRegistry registry, java.nio.file.Path source)
      throws ScenarioException {
    if (source != null && source.toAbsolutePath().getParent() != null) {
      base = source.toAbsolutePath().getParent();
    }
    List<Problem> problems = new ArrayList<>();
    for (AgentSpec spec : specs) {
      AgentProvider<?> p = registry.get(spec.provider());
      if (p == null) {
        problems.add(new Problem(source, 0, 0, "agents", "unknown agent '" + spec.provider()
            + "'", "known agents: " + String.join(", ", registry.ids())));
        continue;
      }
      try {
        agents.add(create(p, spec));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(source, 0, 0, "agents (" + spec.name() + ")", e.getMessage(),
            "check the agent's config against the network"));
        // An agent that failed holds no junction: later agents must not report its claims.
        controlledBy.values().removeIf(spec.name()::equals);
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    kernel.schedule(kernel.startTime(), Priorities.CONTROL, () -> agents.forEach(Agent::start));
  }

  private <C extends Record> Agent create(AgentProvider<C> p, AgentSpec spec) {
    return p.create(p.configType().cast(spec.config()), new Context(spec.name()));
  }

  /** What the agents recorded. */
  AgentOutputs outputs() {
    List<AgentOutputs.AgentSeries> out = new ArrayList<>();
    for (Recorder r : series.values()) {
      out.add(new AgentOutputs.AgentSeries(r.agent, r.name, r.times(), r.values()));
    }
    return new AgentOutputs(out, events);
  }

  private static final class Recorder {
    final String agent;
    final String name;
    double[] t = new double[16];
    double[] v = new double[16];
    int n;

    Recorder(String agent, String name) {
      this.agent = agent;
      this.name = name;
    }

    void add(double time, double value) {
      if (n == t.length) {
        t = java.util.Arrays.copyOf(t, 2 * n);
        v = java.util.Arrays.copyOf(v, 2 * n);
      }
      t[n] = time;
      v[n] = value;
      n++;
    }

    double[] times() {
      return java.util.Arrays.copyOf(t, n);
    }

    double[] values() {
      return java.util.Arrays.copyOf(v, n);
    }
  }

  private final class Context implements AgentContext {
    private final String name;
    private final RandomStream random;

    Context(String name) {
      this.name = name;
      this.random = kernel.random().stream("agent:" + name);
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public double now() {
      return kernel.now();
    }

    @Override
    public double startTime() {
      return kernel.startTime();
    }

    @Override
    public double endTime() {
      return kernel.endTime();
    }

    @Override
    public RandomStream random() {
      return random;
    }

    @Override
    public void schedule(double time, Runnable decision) {
      if (time < kernel.now()) {
        throw new IllegalArgumentException("cannot schedule in the past: " + time + " < "
            + kernel.now());
      }
      if (time <= kernel.endTime()) {
        kernel.schedule(time, Priorities.CONTROL, decision);
      }
    }

    @Override
    public void every(double first, double period, Runnable decision) {
      if (!(period > 0)) {
        throw new IllegalArgumentException("period must be positive");
      }
      kernel.every(first, period, Priorities.CONTROL, now -> decision.run());
    }

    @Override
    public List<String> signalisedJunctions() {
      List<String> ids = new ArrayList<>();
      for (int n = 0; n < net.nodeCount(); n++) {
        if (signals.isSignalised(n)) {
          ids.add(net.node(n).id().value());
        }
      }
      return ids;
    }

    @Override
    public SignalControl control(String junctionId) {
      int node = net.nodeIndex(junctionId);
      if (node < 0) {
        throw new IllegalArgumentException("no junction '" + junctionId + "' in the network");
      }
      if (!signals.isSignalised(node)) {
        throw new IllegalArgumentException("junction '" + junctionId + "' has no signal");
      }
      String owner = controlledBy.putIfAbsent(node, name);
      if (owner != null) {
        throw new IllegalArgumentException("junction '" + junctionId + "' is already controlled"
            + " by agent '" + owner + "'");
      }
      return new JunctionControl(kernel, net, signals, node, MIN_GREEN);
    }

    @Override
    public Sensors sensors() {
      return sensors;
    }

    @Override
    public org.citysim.sim.forecast.ForecastFeed forecasts(String modelFile) {
      return feeds.feed(base.resolve(modelFile));
    }

    @Override
    public void raise(String kind, String message) {
      AgentEvent e = new AgentEvent(kernel.now(), name, kind, message);
      events.add(e);
      if (eventChannel.active()) {
        eventChannel.publish(e);
      }
    }

    @Override
    public void record(String seriesName, double value) {
      series.computeIfAbsent(name + '\u0000' + seriesName, k -> new Recorder(name, seriesName))
          .add(kernel.now(), value);
    }
  }
}
