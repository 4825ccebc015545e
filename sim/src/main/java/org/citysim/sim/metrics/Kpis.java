package org.citysim.sim.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Headline numbers of a run under dotted keys ({@code vehicles.arrived},
 * {@code travelTime.mean}, ...), in insertion order. Values are {@link Long} for counts,
 * {@link Double} (rounded to 3 decimals) for measures, and a few are text, such as a level of
 * service grade ({@code control.los} = "C"); units are given with each key's description in
 * {@link KpiKeys}.
 */
public final class Kpis {
  private final LinkedHashMap<String, Object> values = new LinkedHashMap<>();

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

  /** Adds a text value, e.g. a grade. */
  public Kpis put(String key, String value) {
    values.put(key, Objects.requireNonNull(value));
    return this;
  }

  /** The number under {@code key}, or null (also when the value there is text). */
  public Number get(String key) {
    return values.get(key) instanceof Number n ? n : null;
  }

  /** The text under {@code key}, or null (also when the value there is a number). */
  public String text(String key) {
    return values.get(key) instanceof String s ? s : null;
  }

  /** The numeric values in insertion order (read-only copy); text values are left out. */
  public Map<String, Number> asMap() {
    LinkedHashMap<String, Number> numbers = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      if (v instanceof Number n) {
        numbers.put(k, n);
      }
    });
    return Collections.unmodifiableMap(numbers);
  }

  /** Every value in insertion order (read-only): each a {@link Number} or a {@link String}. */
  public Map<String, Object> all() {
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
