package org.citysim.sim.emission;

/**
 * Shares of the emission classes in the fleet, summing to 1. Used for vehicles whose type does
 * not say their class (all generated demand, and SUMO types without a usable emission class).
 *
 * @param petrolCar   share of petrol cars [0..1]
 * @param dieselCar   share of diesel cars [0..1]
 * @param electricCar share of battery-electric cars [0..1]
 * @param bus         share of buses [0..1]
 * @param truck       share of trucks [0..1]
 */
public record FleetMix(double petrolCar, double dieselCar, double electricCar, double bus,
    double truck) {
  /** How far the shares may sum from 1 (rounding of values written in decimals). */
  public static final double TOLERANCE = 1e-6;

  public FleetMix {
    double[] all = {petrolCar, dieselCar, electricCar, bus, truck};
    double sum = 0;
    for (int i = 0; i < all.length; i++) {
      if (!(all[i] >= 0 && all[i] <= 1)) {
        throw new IllegalArgumentException("fleet share of "
            + EmissionClass.values()[i].id() + " must be in [0, 1], got " + all[i]);
      }
      sum += all[i];
    }
    if (Math.abs(sum - 1) > TOLERANCE) {
      throw new IllegalArgumentException("fleet shares must sum to 1, got " + sum);
    }
  }

  /**
   * A plausible European urban mix of vehicles on the road: petrol cars 0.50, diesel cars 0.35,
   * electric cars 0.08, buses 0.02, trucks 0.05. Orders of magnitude from the EU car fleet
   * (ACEA, "Vehicles on European roads" 2024: about 52% petrol and 40% diesel of the car stock,
   * battery-electric rising fast in new registrations) and typical urban traffic counts, where
   * heavy goods vehicles are a few percent and buses one or two percent of vehicles. A stand-in
   * for local data, which scenarios should give.
   */
  public static FleetMix defaults() {
    return new FleetMix(0.50, 0.35, 0.08, 0.02, 0.05);
  }

  /** The share of {@code c}. */
  public double share(EmissionClass c) {
    return switch (c) {
      case PETROL_CAR -> petrolCar;
      case DIESEL_CAR -> dieselCar;
      case ELECTRIC_CAR -> electricCar;
      case BUS -> bus;
      case TRUCK -> truck;
    };
  }

  /**
   * The class a uniform number {@code u} in [0, 1) falls on, classes in declaration order (the
   * last class with a positive share takes what rounding leaves above the sum).
   */
  public EmissionClass draw(double u) {
    return pick(u, false);
  }

  /**
   * Like {@link #draw}, among the car classes only, by their shares renormalised: for vehicles
   * known to be cars whose fuel is not known. Petrol when the mix has no cars.
   */
  public EmissionClass drawCar(double u) {
    return pick(u, true);
  }

  private EmissionClass pick(double u, boolean carsOnly) {
    double total = 0;
    EmissionClass last = null;
    for (EmissionClass c : EmissionClass.values()) {
      if ((!carsOnly || c.isCar()) && share(c) > 0) {
        total += share(c);
        last = c;
      }
    }
    if (last == null) {
      return EmissionClass.PETROL_CAR;
    }
    double x = u * total;
    for (EmissionClass c : EmissionClass.values()) {
      if ((!carsOnly || c.isCar()) && share(c) > 0) {
        x -= share(c);
        if (x < 0) {
          return c;
        }
      }
    }
    return last;
  }
}
