package org.citysim.sim.sensor;

/** Time as sensors need it. */
interface SensorClock {
  /** Simulation time now [s]. */
  double now();

  /** Start of the current aggregation interval [s]. */
  double intervalStart();
}
