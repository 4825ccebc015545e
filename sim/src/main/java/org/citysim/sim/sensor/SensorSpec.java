package org.citysim.sim.sensor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The {@code sensors} section of a scenario: how all sensors of a run aggregate and fail, what
 * cameras see under which conditions, and cameras to place for counting even when no agent
 * asks for them.
 *
 * @param interval aggregation interval of every sensor's readings [s]
 * @param dropout  probability that a sensor reports nothing for an interval [0..1]
 * @param night    the hours of darkness, every day
 * @param weather  periods of rain or fog, not overlapping (clear outside them)
 * @param camera   the error model of cameras
 * @param cameras  links to watch with a camera from the start, whatever the agents do (their
 *                 counts go into the run's outputs like those of cameras agents ask for)
 */
public record SensorSpec(double interval, double dropout, DailyHours night,
    List<WeatherPeriod> weather, CameraModel camera, List<String> cameras) {

  public SensorSpec {
    if (!(interval > 0) || Double.isInfinite(interval)) {
      throw new IllegalArgumentException("interval must be positive, got " + interval);
    }
    if (!(dropout >= 0 && dropout <= 1)) {
      throw new IllegalArgumentException("dropout must be in [0, 1], got " + dropout);
    }
    Objects.requireNonNull(night, "night");
    weather = List.copyOf(weather);
    Objects.requireNonNull(camera, "camera");
    cameras = List.copyOf(cameras);
    List<WeatherPeriod> sorted = new ArrayList<>(weather);
    sorted.sort(Comparator.comparingDouble(WeatherPeriod::from));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).from() < sorted.get(i - 1).to()) {
        throw new IllegalArgumentException("weather periods overlap");
      }
    }
    if (new HashSet<>(cameras).size() != cameras.size()) {
      throw new IllegalArgumentException("a link is listed twice in cameras");
    }
  }

  /** Night from 20:00 to 06:00 (our assumption; set it for the place and season). */
  public static DailyHours defaultNight() {
    return new DailyHours(20 * 3600, 6 * 3600);
  }

  /**
   * The defaults: 60 s intervals, no dropouts, night 20:00-06:00, clear weather, the default
   * camera model and no cameras of the scenario's own.
   */
  public static SensorSpec defaults() {
    return new SensorSpec(60, 0, defaultNight(), List.of(), CameraModel.defaults(), List.of());
  }
}
