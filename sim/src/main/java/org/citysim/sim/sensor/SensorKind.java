package org.citysim.sim.sensor;

/** The kinds of approach sensors. */
public enum SensorKind {
  /** Inductive loop at the stop line (and its upstream twin for counting what enters). */
  LOOP,
  /** Video camera with a vision detector, modelled by its detection statistics. */
  CAMERA
}
