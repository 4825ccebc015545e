package org.citysim.sim.sensor;

import java.util.Comparator;
import java.util.List;

/**
 * Which {@link Condition} governs cameras at a time: rain or fog while a weather period says so,
 * else night in the night hours, else day. When it rains (or is foggy) at night, the worse of the
 * two for the camera governs, i.e. the one with the lower recall; a tie goes to the weather. This
 * is a simplification: rain at night is not modelled as worse than both.
 */
final class ConditionTimeline {
  private final DailyHours night;
  private final WeatherPeriod[] periods;
  private final CameraModel camera;

  ConditionTimeline(DailyHours night, List<WeatherPeriod> weather, CameraModel camera) {
    this.night = night;
    this.periods = weather.stream().sorted(Comparator.comparingDouble(WeatherPeriod::from))
        .toArray(WeatherPeriod[]::new);
    this.camera = camera;
  }

  /** The weather at {@code t} [s]. */
  Weather weatherAt(double t) {
    int lo = 0;
    int hi = periods.length - 1;
    // Last period starting at or before t.
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (periods[mid].from() <= t) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && t < periods[found].to() ? periods[found].weather() : Weather.CLEAR;
  }

  /** The condition governing cameras at {@code t} [s]. */
  Condition at(double t) {
    Weather w = weatherAt(t);
    boolean dark = night.contains(t);
    if (w == Weather.CLEAR) {
      return dark ? Condition.NIGHT : Condition.DAY;
    }
    Condition weather = w == Weather.RAIN ? Condition.RAIN : Condition.FOG;
    if (dark && camera.in(Condition.NIGHT).recall() < camera.in(weather).recall()) {
      return Condition.NIGHT;
    }
    return weather;
  }
}
