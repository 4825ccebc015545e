package org.citysim.sim.incident;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * How random incidents occur, from the random stream {@code incidents}.
 *
 * @param basis          what the rate is per
 * @param rate           incidents per vehicle-km [1/veh-km] or per link-hour [1/h], 0 or more
 * @param severities     the classes, drawn by their shares; at least one when the rate is > 0
 * @param exposurePeriod for {@link Basis#PER_VEHICLE_KM}: how often the vehicle-km driven are
 *                       collected [s]; incidents of a period occur at its end, on links drawn
 *                       in proportion to their vehicle-km in it
 */
public record RandomIncidents(Basis basis, double rate, List<Severity> severities,
    double exposurePeriod) {

  /** What a rate is per. */
  public enum Basis {
    /** Per vehicle-km driven: link traversals times link length. */
    PER_VEHICLE_KM,
    /** Per hour and link, on every link alike. */
    PER_LINK_HOUR
  }

  public RandomIncidents {
    Objects.requireNonNull(basis, "basis");
    severities = List.copyOf(severities);
    if (!(rate >= 0) || Double.isInfinite(rate)) {
      throw new IllegalArgumentException("rate must be >= 0, got " + rate);
    }
    if (!(exposurePeriod > 0) || Double.isInfinite(exposurePeriod)) {
      throw new IllegalArgumentException("exposurePeriod must be positive, got "
          + exposurePeriod);
    }
    if (rate > 0 && severities.stream().mapToDouble(Severity::share).sum() <= 0) {
      throw new IllegalArgumentException("random incidents need a severity with a share > 0");
    }
    if (new HashSet<>(severities.stream().map(Severity::name).toList()).size()
        != severities.size()) {
      throw new IllegalArgumentException("severity names must be unique");
    }
  }

  /** No random incidents. */
  public static RandomIncidents none() {
    return new RandomIncidents(Basis.PER_LINK_HOUR, 0, List.of(), 60);
  }
}
