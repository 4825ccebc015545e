package org.citysim.sim.pollution;

/**
 * Wind from a time on, until the next period of its {@link WindTimeline}.
 *
 * @param from      start [s] (simulation time)
 * @param speed     speed [m/s], at least 0
 * @param direction meteorological direction the wind blows <em>from</em> [deg], clockwise from
 *                  north: 0 from the north, 90 from the east, 270 from the west; any finite
 *                  value, taken modulo 360
 */
public record WindPeriod(double from, double speed, double direction) {
  public WindPeriod {
    if (!Double.isFinite(from)) {
      throw new IllegalArgumentException("wind period start must be finite, got " + from);
    }
    if (!(speed >= 0) || !Double.isFinite(speed)) {
      throw new IllegalArgumentException("wind speed must be >= 0 m/s and finite, got " + speed);
    }
    if (!Double.isFinite(direction)) {
      throw new IllegalArgumentException("wind direction must be finite, got " + direction);
    }
  }

  /** Calm from time 0. */
  public static WindPeriod calm() {
    return new WindPeriod(0, 0, 0);
  }

  /** Velocity component toward the east [m/s]: a wind from the west (270 deg) is positive. */
  public double eastward() {
    return -speed * Math.sin(Math.toRadians(direction));
  }

  /** Velocity component toward the north [m/s]: a wind from the south (180 deg) is positive. */
  public double northward() {
    return -speed * Math.cos(Math.toRadians(direction));
  }
}
