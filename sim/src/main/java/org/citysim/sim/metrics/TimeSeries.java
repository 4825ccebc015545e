package org.citysim.sim.metrics;

import java.util.Arrays;

/**
 * A sampled series.
 *
 * @param name   label, e.g. "vehicles in network"
 * @param unit   unit of the values, e.g. "veh"
 * @param times  sample times [s since midnight], increasing
 * @param values sample values, same length as {@code times}
 */
public record TimeSeries(String name, String unit, double[] times, double[] values) {
  public TimeSeries {
    if (times.length != values.length) {
      throw new IllegalArgumentException("times and values differ in length");
    }
    times = times.clone();
    values = values.clone();
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
    return o instanceof TimeSeries s && s.name.equals(name) && s.unit.equals(unit)
        && Arrays.equals(s.times, times) && Arrays.equals(s.values, values);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "TimeSeries[" + name + ", " + times.length + " samples]";
  }
}
