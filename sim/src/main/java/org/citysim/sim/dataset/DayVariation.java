package org.citysim.sim.dataset;

import java.util.Objects;
import org.citysim.sim.sensor.Weather;

/**
 * What one simulated day of a data set was given ({@link Variation#draw}).
 *
 * @param index       day number from 0
 * @param seed        the day's run seed
 * @param demand      demand level against the scenario's [1 = as written]
 * @param shift       shift of the demand profile [s, positive = later]
 * @param weather     the day's weather; {@link Weather#CLEAR} for none
 * @param weatherFrom start of its period [s since midnight]; NaN on a clear day
 * @param weatherTo   end of its period [s since midnight]; NaN on a clear day
 */
public record DayVariation(int index, long seed, double demand, double shift, Weather weather,
    double weatherFrom, double weatherTo) {
  public DayVariation {
    Objects.requireNonNull(weather, "weather");
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, got " + index);
    }
    if (!(demand > 0) || Double.isInfinite(demand) || !Double.isFinite(shift)) {
      throw new IllegalArgumentException("demand must be positive and shift finite");
    }
    if (weather != Weather.CLEAR && !(weatherTo > weatherFrom)) {
      throw new IllegalArgumentException("a " + weather.label() + " period must end after it"
          + " starts");
    }
  }
}
