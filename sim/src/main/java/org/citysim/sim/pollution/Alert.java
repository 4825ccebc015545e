package org.citysim.sim.pollution;

import java.util.Objects;

/**
 * An air-quality alert or early warning at one station for one pollutant and AQI level.
 *
 * <p>An {@link Kind#ALERT} runs from the first sample above the level to the first sample at or
 * below {@code level - hysteresis}. A {@link Kind#WARNING} runs from the sample whose
 * short-term projection first crosses the level to the sample at which the alert starts (then
 * {@code leadTime = end - start}) or at which the projection falls back (withdrawn; lead time
 * NaN). While a record is open its end is NaN.
 *
 * @param station   station id
 * @param pollutant pollutant name, as the caller gave it
 * @param level     AQI level
 * @param kind      warning or alert
 * @param start     start [s]
 * @param end       end [s], NaN while open
 * @param leadTime  for a warning followed by its alert, the time it gave [s]; NaN otherwise
 */
public record Alert(String station, String pollutant, double level, Kind kind, double start,
    double end, double leadTime) {

  /** Early warning (projected) or alert (observed). */
  public enum Kind {
    WARNING, ALERT
  }

  public Alert {
    Objects.requireNonNull(station, "station");
    Objects.requireNonNull(pollutant, "pollutant");
    Objects.requireNonNull(kind, "kind");
  }

  /** True while the record has no end. */
  public boolean isOpen() {
    return Double.isNaN(end);
  }

  Alert ended(double at, double lead) {
    return new Alert(station, pollutant, level, kind, start, at, lead);
  }
}
