package org.citysim.sim.emission;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a run emitted, for the report writers.
 *
 * @param interval aggregation interval of {@code rows} [s], positive
 * @param rows     per link and interval, ordered by link, then interval (every pair, zeros
 *                 included, as {@code LinkStatsCollector} does)
 * @param totals   run totals per pollutant [g], every pollutant present
 * @param byClass  run totals per emission class, every class present
 */
public record EmissionOutputs(double interval, List<LinkEmissions> rows,
    Map<Pollutant, Double> totals, Map<EmissionClass, ClassTotals> byClass) {

  public EmissionOutputs {
    if (!(interval > 0)) {
      throw new IllegalArgumentException("interval must be positive: " + interval);
    }
    rows = List.copyOf(rows);
    totals = Collections.unmodifiableMap(new EnumMap<>(totals));
    byClass = Collections.unmodifiableMap(new EnumMap<>(byClass));
    if (totals.size() != Pollutant.values().length
        || byClass.size() != EmissionClass.values().length) {
      throw new IllegalArgumentException("totals need every pollutant and every class");
    }
  }

  /** Run total of {@code p} [g]. */
  public double total(Pollutant p) {
    return totals.get(p);
  }

  /**
   * Emissions on one link in one interval, of the vehicles that left it in the interval (and, in
   * the last interval, of those still on it at the end, up to the end time).
   *
   * @param intervalStart start of the interval [s]
   * @param linkId        link id
   * @param vehicles      vehicles counted (left the link, or on it at the end)
   * @param co2           CO2 [g]
   * @param nox           NOx [g]
   * @param pm25          PM2.5, exhaust and non-exhaust [g]
   * @param fuel          fuel burnt [g]
   */
  public record LinkEmissions(double intervalStart, String linkId, int vehicles, double co2,
      double nox, double pm25, double fuel) {
    public LinkEmissions {
      Objects.requireNonNull(linkId, "linkId");
      if (vehicles < 0 || !(co2 >= 0) || !(nox >= 0) || !(pm25 >= 0) || !(fuel >= 0)) {
        throw new IllegalArgumentException("negative emissions on link " + linkId);
      }
    }

    /** The amount of {@code p} [g]. */
    public double grams(Pollutant p) {
      return switch (p) {
        case CO2 -> co2;
        case NOX -> nox;
        case PM25 -> pm25;
        case FUEL -> fuel;
      };
    }
  }

  /**
   * Run totals of one emission class.
   *
   * @param vehicles   vehicles of the class that entered the network
   * @param vehicleKm  distance they drove [km]
   * @param co2        CO2 [g]
   * @param nox        NOx [g]
   * @param pm25       PM2.5 [g]
   * @param fuel       fuel [g]
   */
  public record ClassTotals(int vehicles, double vehicleKm, double co2, double nox, double pm25,
      double fuel) {
    public ClassTotals {
      if (vehicles < 0 || !(vehicleKm >= 0) || !(co2 >= 0) || !(nox >= 0) || !(pm25 >= 0)
          || !(fuel >= 0)) {
        throw new IllegalArgumentException("class totals must be non-negative");
      }
    }

    /** The amount of {@code p} [g]. */
    public double grams(Pollutant p) {
      return switch (p) {
        case CO2 -> co2;
        case NOX -> nox;
        case PM25 -> pm25;
        case FUEL -> fuel;
      };
    }
  }
}
