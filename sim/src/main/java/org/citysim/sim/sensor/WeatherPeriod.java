package org.citysim.sim.sensor;

import java.util.Objects;

/**
 * Weather over a stretch of the simulated time; outside every period the weather is clear.
 *
 * @param from    start [s since midnight], included
 * @param to      end [s since midnight], excluded; after {@code from}
 * @param weather the weather
 */
public record WeatherPeriod(double from, double to, Weather weather) {
  public WeatherPeriod {
    Objects.requireNonNull(weather, "weather");
    if (!(to > from) || !Double.isFinite(from) || !Double.isFinite(to)) {
      throw new IllegalArgumentException("a weather period must end after it starts");
    }
  }
}
