package org.citysim.sim.sensor;

import org.citysim.sim.traffic.LinkExited;

/** What the hub drives in a sensor: the exits of its link and the closing of intervals. */
interface IntervalSensor extends ApproachSensor {
  /** Index of the watched link. */
  int linkIndex();

  /** A vehicle left the watched link (onward or by arriving). */
  void onExit(LinkExited e);

  /** Closes the interval [from, to) [s] and starts the next; {@code drop} loses its reading. */
  void close(double from, double to, boolean drop);
}
