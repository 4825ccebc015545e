package org.citysim.sim.incident;

import java.util.Objects;

/**
 * A planned closure of lanes of a link (road works, an event): known to drivers from its start,
 * so informed drivers reroute at once; it needs no detection or response.
 *
 * @param link        link id
 * @param from        start [s]
 * @param to          end [s], after the start; infinite for the rest of the run
 * @param lanesClosed lanes closed; {@link #ALL_LANES} (or as many as the link has) closes it
 */
public record Closure(String link, double from, double to, int lanesClosed) {
  /** Closes every lane of the link. */
  public static final int ALL_LANES = Integer.MAX_VALUE;

  public Closure {
    Objects.requireNonNull(link, "link");
    if (!Double.isFinite(from) || !(to > from)) {
      throw new IllegalArgumentException("closure of " + link + ": need finite from < to, got "
          + from + " and " + to);
    }
    if (lanesClosed < 1) {
      throw new IllegalArgumentException("closure of " + link + ": lanesClosed must be >= 1");
    }
  }

  /** Open share of the capacity of a link with {@code lanes} lanes while closed so. */
  public double openFraction(int lanes) {
    return lanesClosed >= lanes ? 0 : (double) (lanes - lanesClosed) / lanes;
  }
}
