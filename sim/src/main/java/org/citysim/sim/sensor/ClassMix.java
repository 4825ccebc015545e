package org.citysim.sim.sensor;

/**
 * Shares of the vehicle classes, summing to 1: a fleet mix, or one row of a confusion matrix.
 *
 * @param car   share of cars [0..1]
 * @param bus   share of buses [0..1]
 * @param truck share of trucks [0..1]
 */
public record ClassMix(double car, double bus, double truck) {
  /** How far the shares may sum from 1 (rounding of values written in decimals). */
  public static final double TOLERANCE = 1e-6;

  public ClassMix {
    if (!(car >= 0 && car <= 1) || !(bus >= 0 && bus <= 1) || !(truck >= 0 && truck <= 1)) {
      throw new IllegalArgumentException("class shares must be in [0, 1]");
    }
    if (Math.abs(car + bus + truck - 1) > TOLERANCE) {
      throw new IllegalArgumentException("class shares must sum to 1, got " + (car + bus + truck));
    }
  }

  /** The share of {@code c}. */
  public double share(VehicleClass c) {
    return switch (c) {
      case CAR -> car;
      case BUS -> bus;
      case TRUCK -> truck;
    };
  }

  /**
   * The class a uniform number {@code u} in [0, 1) falls on, in the order car, bus, truck (the
   * last class with a positive share takes what rounding leaves above the sum).
   */
  VehicleClass draw(double u) {
    if (u < car || (bus == 0 && truck == 0)) {
      return VehicleClass.CAR;
    }
    if (u < car + bus || truck == 0) {
      return VehicleClass.BUS;
    }
    return VehicleClass.TRUCK;
  }
}
