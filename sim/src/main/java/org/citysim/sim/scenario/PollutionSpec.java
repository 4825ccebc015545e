package org.citysim.sim.scenario;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code pollution} section: emissions, the dispersion grid and weather, stations, alerts
 * and attribution. {@link #off()} when a scenario has no such section: no pollution model runs
 * and nothing about pollution is written.
 *
 * @param enabled      whether the model runs
 * @param interval     dispersion step and station sampling interval [s]
 * @param cellSize     side of a grid cell [m]
 * @param margin       grid margin around the network's bounding box [m]
 * @param height       height of the well-mixed box over each cell [m]
 * @param diffusivity  horizontal eddy diffusivity [m2/s]
 * @param no2Fraction  NO2 share of emitted NOx by mass, in [0, 1]
 * @param fleet        vehicle-class shares by class id ("petrol-car", ...), summing to 1; empty
 *                     for the model's default mix (classes given by SUMO vTypes win over it)
 * @param background   background concentration by pollutant id ("no2", "pm25") [ug/m3]
 * @param decay        first-order loss rate (chemistry, deposition) by pollutant id [1/s]; NO2's
 *                     applies to the dispersed NOx
 * @param wind         wind periods, in time order (the first applies from the start)
 * @param stations     air-quality stations
 * @param alertLevels  AQI levels that raise alerts, ascending
 * @param projection   early-warning horizon: how far ahead the trend is projected [s]
 * @param trendWindow  samples of the last {@code trendWindow} seconds give the trend [s]
 * @param top          contributors listed per station in reports
 */
public record PollutionSpec(
    boolean enabled,
    double interval,
    double cellSize,
    double margin,
    double height,
    double diffusivity,
    double no2Fraction,
    Map<String, Double> fleet,
    Map<String, Double> background,
    Map<String, Double> decay,
    List<Wind> wind,
    List<StationSpec> stations,
    List<Integer> alertLevels,
    double projection,
    double trendWindow,
    int top) {

  /** Pollutants with a concentration field, AQI and alerts, in report order. */
  public static final List<String> FIELD_POLLUTANTS = List.of("no2", "pm25");
  /** Vehicle classes of the fleet mix, in report order. */
  public static final List<String> VEHICLE_CLASSES =
      List.of("petrol-car", "diesel-car", "electric-car", "bus", "truck");

  public PollutionSpec {
    fleet = Map.copyOf(fleet);
    background = Map.copyOf(background);
    decay = Map.copyOf(decay);
    wind = List.copyOf(wind);
    stations = List.copyOf(stations);
    alertLevels = List.copyOf(alertLevels);
    if (enabled && (!(interval > 0) || !(cellSize > 0) || !(margin >= 0) || !(height > 0)
        || !(diffusivity >= 0) || !(no2Fraction >= 0 && no2Fraction <= 1)
        || !(projection >= 0) || !(trendWindow > 0) || top < 1)) {
      throw new IllegalArgumentException("invalid pollution settings");
    }
  }

  /** No pollution model. */
  public static PollutionSpec off() {
    return new PollutionSpec(false, 60, 100, 300, 20, 10, 0.3, Map.of(), Map.of(), Map.of(),
        List.of(), List.of(), List.of(100, 150), 1800, 900, 10);
  }

  /** The defaults a {@code pollution} section starts from. */
  public static PollutionSpec defaults() {
    PollutionSpec o = off();
    return new PollutionSpec(true, o.interval, o.cellSize, o.margin, o.height, o.diffusivity,
        o.no2Fraction, o.fleet, Map.of("no2", 20.0, "pm25", 8.0),
        Map.of("no2", 0.0, "pm25", 0.0), List.of(new Wind(0, 3, 270)), o.stations, o.alertLevels, o.projection, o.trendWindow,
        o.top);
  }

  /**
   * Wind from a time on.
   *
   * @param from      start [s since midnight]
   * @param speed     [m/s], non-negative
   * @param direction where the wind blows from [deg, clockwise from north, in [0, 360)]
   */
  public record Wind(double from, double speed, double direction) {
    public Wind {
      if (!(speed >= 0) || !(direction >= 0 && direction < 360) || !Double.isFinite(from)) {
        throw new IllegalArgumentException("wind speed must be >= 0 and direction in [0, 360)");
      }
    }
  }

  /**
   * An air-quality station, at coordinates or at the middle of a link.
   *
   * @param id     station id
   * @param x      easting [m] (NaN when placed by link)
   * @param y      northing [m] (NaN when placed by link)
   * @param link   link id whose middle the station stands at, or null
   * @param line   line of its entry in the scenario file, for errors found later (0 if none)
   * @param column column of that entry (0 if none)
   */
  public record StationSpec(String id, double x, double y, String link, int line, int column) {
    public StationSpec {
      Objects.requireNonNull(id);
      if (link == null && !(Double.isFinite(x) && Double.isFinite(y))) {
        throw new IllegalArgumentException("a station needs x and y, or a link");
      }
    }

    /** Its path in the scenario, for errors. */
    public String field(int index) {
      return "pollution.stations[" + index + "]";
    }

    // Where it was written is not part of its value: a scenario written out and read back is
    // the same scenario.
    @Override
    public boolean equals(Object o) {
      return o instanceof StationSpec s && s.id.equals(id) && Objects.equals(s.link, link)
          && Double.compare(s.x, x) == 0 && Double.compare(s.y, y) == 0;
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, x, y, link);
    }
  }
}
