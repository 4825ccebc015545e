package org.citysim.sim.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headline numbers of a run under dotted keys ({@code vehicles.arrived},
 * {@code travelTime.mean}, ...), in insertion order. Values are {@link Long} for counts and
 * {@link Double} (rounded to 3 decimals) for measures; units are given with each key's
 * description in {@link KpiKeys}.
 */
public final class Kpis {
  private final LinkedHashMap<String, Number> values = new LinkedHashMap<>();

  /** Adds a count. */
  public Kpis put(String key, long value) {
    values.put(key, value);
    return this;
  }

  /** Adds a measure, rounded to 3 decimals so reports stay readable; NaN stays NaN. */
  public Kpis put(String key, double value) {
    values.put(key, Double.isFinite(value) ? Math.round(value * 1000.0) / 1000.0 : value);
    return this;
  }

  /** The value under {@code key}, or null. */
  public Number get(String key) {
    return values.get(key);
  }

  /** All values in insertion order (read-only). */
  public Map<String, Number> asMap() {
    return Collections.unmodifiableMap(values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Kpis k && k.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
