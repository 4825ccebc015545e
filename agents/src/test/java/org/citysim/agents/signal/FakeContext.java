package org.citysim.agents.signal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.citysim.sim.agent.AgentContext;
import org.citysim.sim.agent.AgentEvent;
import org.citysim.sim.random.RandomStream;
import org.citysim.sim.random.RandomStreams;
import org.citysim.sim.sensor.ApproachSensor;
import org.citysim.sim.sensor.SensorKind;
import org.citysim.sim.sensor.Sensors;
import org.citysim.sim.signal.SignalControl;

/**
 * An agent context for controller tests: its own little event loop (time, then order of
 * scheduling), junctions and sensors the test sets up, and everything recorded or raised kept in
 * lists.
 */
public final class FakeContext implements AgentContext {
  private record Pending(double time, long seq, Runnable action) {}

  private final PriorityQueue<Pending> queue = new PriorityQueue<>((a, b) -> a.time != b.time
      ? Double.compare(a.time, b.time) : Long.compare(a.seq, b.seq));
  private long seq;
  private double now;
  private final Map<String, SignalControl> junctions = new LinkedHashMap<>();
  private final Map<String, ScriptedSensor> sensors = new HashMap<>();
  public final Map<String, List<double[]>> series = new LinkedHashMap<>();
  public final List<AgentEvent> events = new ArrayList<>();

  /** Feeds by model file name, for {@link #forecasts}. */
  public final Map<String, org.citysim.sim.forecast.ForecastFeed> feeds = new HashMap<>();

  @Override
  public org.citysim.sim.forecast.ForecastFeed forecasts(String modelFile) {
    org.citysim.sim.forecast.ForecastFeed f = feeds.get(modelFile);
    if (f == null) {
      throw new IllegalArgumentException("no model " + modelFile);
    }
    return f;
  }

  /** Adds a junction. */
  public FakeContext with(SignalControl c) {
    junctions.put(c.junction(), c);
    return this;
  }

  /** The sensor on {@code link} (made on first use, of the kind first asked for). */
  public ScriptedSensor sensor(String link) {
    return sensors.computeIfAbsent(link, l -> new ScriptedSensor(l, SensorKind.LOOP));
  }

  /** Runs everything scheduled up to and including {@code t}, then sets the clock to it. */
  public void runUntil(double t) {
    while (!queue.isEmpty() && queue.peek().time <= t) {
      Pending p = queue.poll();
      now = p.time;
      p.action.run();
    }
    now = t;
  }

  /** The values recorded in {@code name}. */
  public List<double[]> series(String name) {
    return series.getOrDefault(name, List.of());
  }

  @Override
  public String name() {
    return "test";
  }

  @Override
  public double now() {
    return now;
  }

  @Override
  public double startTime() {
    return 0;
  }

  @Override
  public double endTime() {
    return 1e9;
  }

  @Override
  public RandomStream random() {
    return new RandomStreams(1, 0).stream("test");
  }

  @Override
  public void schedule(double time, Runnable decision) {
    if (time < now) {
      throw new IllegalArgumentException("past: " + time + " < " + now);
    }
    queue.add(new Pending(time, seq++, decision));
  }

  @Override
  public void every(double first, double period, Runnable decision) {
    schedule(first, new Runnable() {
      long k;

      @Override
      public void run() {
        decision.run();
        schedule(first + (++k) * period, this);
      }
    });
  }

  @Override
  public List<String> signalisedJunctions() {
    return List.copyOf(junctions.keySet());
  }

  @Override
  public SignalControl control(String junctionId) {
    SignalControl c = junctions.get(junctionId);
    if (c == null) {
      throw new IllegalArgumentException("no junction '" + junctionId + "' in the network");
    }
    return c;
  }

  @Override
  public Sensors sensors() {
    return new Sensors() {
      @Override
      public ApproachSensor approach(String linkId, SensorKind kind) {
        return sensor(linkId);
      }
    };
  }

  @Override
  public void raise(String kind, String message) {
    events.add(new AgentEvent(now, name(), kind, message));
  }

  @Override
  public void record(String name, double value) {
    series.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {now, value});
  }
}
