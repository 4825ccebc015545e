package org.citysim.sim.metrics;

import java.util.List;
import java.util.Objects;

/**
 * What the pollution model of a run produced, for the report writers: emissions per link and
 * interval, the concentration field (run mean and peak hour) on its grid, the stations' series,
 * alerts and source attribution. Empty ({@link #none()}) when the scenario has no
 * {@code pollution} section.
 *
 * @param emissions    per link and interval, ordered by link then interval
 * @param totals       run totals per pollutant, in pollutant order (CO2, NOx, PM2.5, fuel)
 * @param classTotals  run totals per vehicle class and pollutant
 * @param grid         the concentration grid (null when no field was computed)
 * @param fields       per dispersed pollutant, the mean and peak-hour fields on {@code grid}
 * @param stations     per station: position, samples and AQI
 * @param alerts       alerts and early warnings, by start time then station
 * @param attribution  per station and pollutant, the sources of its mean concentration
 */
public record PollutionOutputs(
    List<EmissionRow> emissions,
    List<Total> totals,
    List<ClassTotal> classTotals,
    Grid grid,
    List<Field> fields,
    List<StationSeries> stations,
    List<AlertRecord> alerts,
    List<Attribution> attribution) {

  public PollutionOutputs {
    emissions = List.copyOf(emissions);
    totals = List.copyOf(totals);
    classTotals = List.copyOf(classTotals);
    fields = List.copyOf(fields);
    stations = List.copyOf(stations);
    alerts = List.copyOf(alerts);
    attribution = List.copyOf(attribution);
  }

  /** A run without a pollution model. */
  public static PollutionOutputs none() {
    return new PollutionOutputs(List.of(), List.of(), List.of(), null, List.of(), List.of(),
        List.of(), List.of());
  }

  /** True when the run had no pollution model. */
  public boolean isEmpty() {
    return totals.isEmpty();
  }

  /**
   * Emissions on one link in one interval, of the vehicles that left it during the interval.
   *
   * @param start    interval start [s since midnight]
   * @param link     link id
   * @param vehicles vehicles that left the link in the interval [veh]
   * @param co2      [g]
   * @param nox      [g]
   * @param pm25     exhaust plus non-exhaust [g]
   * @param fuel     [g]
   */
  public record EmissionRow(double start, String link, int vehicles, double co2, double nox,
      double pm25, double fuel) {}

  /**
   * A run total.
   *
   * @param pollutant id ("co2", "nox", "pm25", "fuel")
   * @param grams     [g]
   */
  public record Total(String pollutant, double grams) {}

  /**
   * A run total of one vehicle class.
   *
   * @param vehicleClass class id (e.g. "petrol-car")
   * @param vehicles     vehicles of the class that left at least one link [veh]
   * @param co2          [g]
   * @param nox          [g]
   * @param pm25         [g]
   * @param fuel         [g]
   */
  public record ClassTotal(String vehicleClass, long vehicles, double co2, double nox,
      double pm25, double fuel) {}

  /**
   * A regular grid: cell {@code (i, j)} covers {@code [x0 + i·cell, x0 + (i+1)·cell)} by
   * {@code [y0 + j·cell, ...)}; arrays are indexed {@code j·nx + i}.
   *
   * @param x0   easting of the lower-left corner [m]
   * @param y0   northing of the lower-left corner [m]
   * @param cell cell side [m]
   * @param nx   cells along x
   * @param ny   cells along y
   */
  public record Grid(double x0, double y0, double cell, int nx, int ny) {
    public Grid {
      if (!(cell > 0) || nx <= 0 || ny <= 0) {
        throw new IllegalArgumentException("empty grid");
      }
    }

    /** Number of cells. */
    public int cells() {
      return nx * ny;
    }
  }

  /**
   * Concentration of one pollutant on the grid.
   *
   * @param pollutant    id ("no2", "pm25")
   * @param mean         run-mean concentration per cell [ug/m3]
   * @param peak         mean over the peak hour per cell [ug/m3]
   * @param peakStart    start of the peak hour (the hour with the highest field total) [s]
   */
  public record Field(String pollutant, double[] mean, double[] peak, double peakStart) {
    public Field {
      Objects.requireNonNull(pollutant);
      mean = mean.clone();
      peak = peak.clone();
    }

    @Override
    public double[] mean() {
      return mean.clone();
    }

    @Override
    public double[] peak() {
      return peak.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Field f && f.pollutant.equals(pollutant) && f.peakStart == peakStart
          && java.util.Arrays.equals(f.mean, mean) && java.util.Arrays.equals(f.peak, peak);
    }

    @Override
    public int hashCode() {
      return Objects.hash(pollutant, peakStart, java.util.Arrays.hashCode(mean),
          java.util.Arrays.hashCode(peak));
    }
  }

  /**
   * One station's samples.
   *
   * @param id      station id
   * @param x       easting [m]
   * @param y       northing [m]
   * @param samples in time order
   * @param peakAqi highest AQI of any sample (NO2 and PM2.5 together)
   * @param hoursAbove per configured alert level, in level order, the hours with AQI above it [h]
   */
  public record StationSeries(String id, double x, double y, List<StationSample> samples,
      int peakAqi, List<LevelHours> hoursAbove) {
    public StationSeries {
      samples = List.copyOf(samples);
      hoursAbove = List.copyOf(hoursAbove);
    }
  }

  /**
   * Hours above an alert level.
   *
   * @param level AQI level
   * @param hours [h]
   */
  public record LevelHours(int level, double hours) {}

  /**
   * A station sample.
   *
   * @param time    [s since midnight]
   * @param no2     [ug/m3]
   * @param pm25    [ug/m3]
   * @param aqiNo2  AQI of NO2 (1-h)
   * @param aqiPm25 AQI of PM2.5
   * @param aqi     the larger of the two
   */
  public record StationSample(double time, double no2, double pm25, int aqiNo2, int aqiPm25,
      int aqi) {}

  /**
   * An alert or early warning.
   *
   * @param station   station id
   * @param pollutant "no2" or "pm25"
   * @param level     the AQI level crossed
   * @param kind      "warning" (projected to cross) or "alert" (crossed)
   * @param start     [s since midnight]
   * @param end       [s since midnight]; the run's end when still active then
   * @param peakAqi   highest AQI while active
   */
  public record AlertRecord(String station, String pollutant, int level, String kind,
      double start, double end, int peakAqi) {}

  /**
   * The sources of one station's run-mean concentration of one pollutant. Exact: the
   * contributions and the background sum to the mean.
   *
   * @param station    station id
   * @param pollutant  "no2" or "pm25"
   * @param mean       run-mean concentration at the station [ug/m3]
   * @param background the part due to the background concentration [ug/m3]
   * @param sources    contributions by source link, largest first [ug/m3]
   */
  public record Attribution(String station, String pollutant, double mean, double background,
      List<Source> sources) {
    public Attribution {
      sources = List.copyOf(sources);
    }
  }

  /**
   * One source's contribution.
   *
   * @param link          source link id
   * @param concentration [ug/m3]
   * @param share         of the station's mean, in [0, 1]
   */
  public record Source(String link, double concentration, double share) {}
}
