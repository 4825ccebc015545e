package org.citysim.sim.sensor;

/**
 * A window of the clock that repeats every day, such as night from 20:00 to 06:00: times of day
 * {@code t mod 24 h} in {@code [from, to)}, wrapping past midnight when {@code from > to}. Equal
 * ends make an empty window.
 *
 * @param from start [s since midnight], in [0, 86400)
 * @param to   end [s since midnight], in [0, 86400)
 */
public record DailyHours(double from, double to) {
  /** Seconds in a day. */
  public static final double DAY = 86_400;

  public DailyHours {
    if (!(from >= 0 && from < DAY) || !(to >= 0 && to < DAY)) {
      throw new IllegalArgumentException("daily hours must lie in [00:00, 24:00)");
    }
  }

  /** Whether the clock time of {@code t} [s since midnight, may exceed a day] is inside. */
  public boolean contains(double t) {
    double d = t % DAY;
    if (d < 0) {
      d += DAY;
    }
    return from <= to ? d >= from && d < to : d >= from || d < to;
  }
}
