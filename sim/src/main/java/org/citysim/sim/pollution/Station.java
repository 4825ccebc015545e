package org.citysim.sim.pollution;

import java.util.Objects;

/**
 * An air-quality station. It reads the concentration of the grid cell that contains it.
 *
 * @param id id, unique among stations
 * @param x  easting [m]
 * @param y  northing [m]
 */
public record Station(String id, double x, double y) {
  public Station {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("station id must not be blank");
    }
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("station " + id + ": position must be finite, got ("
          + x + ", " + y + ")");
    }
  }
}
