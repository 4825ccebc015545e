package org.citysim.sim.kernel;

/** A process that runs at a fixed period (sensor aggregation, control periods, sampling). */
@FunctionalInterface
public interface PeriodicProcess {
  /**
   * One step.
   *
   * @param now the current simulated time [s]
   */
  void step(double now);
}
