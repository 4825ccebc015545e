package org.citysim.sim.imports.sumo;

import java.util.Objects;

/**
 * A SUMO vehicle type ({@code <vType>}), with SUMO's defaults for its vehicle class filled in
 * where the file gives no value (see {@link SumoVTypeDefaults}).
 *
 * @param id          vType id
 * @param vClass      SUMO vehicle class, {@code passenger} when not given
 * @param length      vehicle length [m], positive
 * @param minGap      gap to the leader when standing [m], non-negative
 * @param maxSpeed    maximum speed [m/s], positive
 * @param probability relative weight in its {@code vTypeDistribution} (not normalised, as in the
 *                    file), 1 for a type outside any distribution
 * @param emissionClass SUMO emission class as written (e.g. {@code HBEFA3/PC_G_EU4},
 *                    {@code P_7_7}), or null when the file gives none (SUMO then uses its default
 *                    for the vehicle class)
 */
public record SumoVehicleType(String id, String vClass, double length, double minGap,
    double maxSpeed, double probability, String emissionClass) {

  public SumoVehicleType {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(vClass, "vClass");
    if (!(length > 0) || !(minGap >= 0) || !(maxSpeed > 0) || !(probability >= 0)
        || !Double.isFinite(length + minGap + maxSpeed + probability)) {
      throw new IllegalArgumentException("invalid vType " + id + ": length " + length
          + ", minGap " + minGap + ", maxSpeed " + maxSpeed + ", probability " + probability);
    }
  }

  /** A type without an emission class. */
  public SumoVehicleType(String id, String vClass, double length, double minGap, double maxSpeed,
      double probability) {
    this(id, vClass, length, minGap, maxSpeed, probability, null);
  }

  /** The same type with another distribution weight. */
  SumoVehicleType withProbability(double p) {
    return new SumoVehicleType(id, vClass, length, minGap, maxSpeed, p, emissionClass);
  }
}
