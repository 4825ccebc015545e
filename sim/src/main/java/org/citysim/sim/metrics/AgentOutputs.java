package org.citysim.sim.metrics;

import java.util.List;
import org.citysim.sim.agent.AgentEvent;

/**
 * What the agents of a run recorded: their output series (e.g. a junction's green split over
 * time) and the events they raised, both in the order they happened.
 *
 * @param series one series per agent and series name, in order of first record
 * @param events events raised, in time order
 */
public record AgentOutputs(List<AgentSeries> series, List<AgentEvent> events) {
  public AgentOutputs {
    series = List.copyOf(series);
    events = List.copyOf(events);
  }

  /** No agents. */
  public static AgentOutputs none() {
    return new AgentOutputs(List.of(), List.of());
  }

  /**
   * One recorded series.
   *
   * @param agent  agent name
   * @param name   series name
   * @param times  record times [s]
   * @param values recorded values (units as the agent documents them)
   */
  public record AgentSeries(String agent, String name, double[] times, double[] values) {
    public AgentSeries {
      times = times.clone();
      values = values.clone();
      if (times.length != values.length) {
        throw new IllegalArgumentException("times and values differ in length");
      }
    }

    @Override
    public double[] times() {
      return times.clone();
    }

    @Override
    public double[] values() {
      return values.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof AgentSeries s && s.agent.equals(agent) && s.name.equals(name)
          && java.util.Arrays.equals(s.times, times) && java.util.Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() {
      return agent.hashCode() * 31 + name.hashCode();
    }

    @Override
    public String toString() {
      return "AgentSeries[" + agent + "/" + name + ", " + times.length + " points]";
    }
  }
}
