package org.citysim.sim.event;

/** An event of the simulation, published to observers. */
public interface SimEvent {
  /** Simulated time of the event [s since midnight]. */
  double time();
}
