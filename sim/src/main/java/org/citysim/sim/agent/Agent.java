package org.citysim.sim.agent;

/** One agent in one run. Its decisions run as kernel events it schedules itself. */
public interface Agent {
  /** Called once at the start time: read the context, schedule the first decisions. */
  void start();
}
