package org.citysim.sim.sensor;

import org.citysim.sim.random.RandomStream;

/**
 * The true class of every vehicle, drawn from the fleet mix once per run: a hash of the vehicle
 * index under a key taken from the run's stream {@code sensors:fleet}. So a vehicle has the same
 * class at every camera, whichever cameras exist and in whatever order they see it.
 *
 * <p>Generated trips carry no vehicle type, so the mix stands in for it. (SUMO trips now keep
 * their type, {@code TripTable#vehicleType}; cameras do not use it yet.)
 */
final class FleetClasses {
  private final ClassMix fleet;
  private final long key;

  FleetClasses(RandomStream stream, ClassMix fleet) {
    this.fleet = fleet;
    long hi = (long) (stream.uniform() * 0x1p32);
    long lo = (long) (stream.uniform() * 0x1p32);
    this.key = (hi << 32) | lo;
  }

  /** The true class of vehicle {@code vehicle} (its trip index). */
  VehicleClass classOf(int vehicle) {
    return fleet.draw(uniform(vehicle));
  }

  /** A uniform number in [0, 1) fixed by the key and the vehicle. */
  double uniform(int vehicle) {
    long z = key + (vehicle + 1L) * 0x9E3779B97F4A7C15L;
    // SplitMix64 finaliser (Steele, Lea and Flood 2014).
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return (z >>> 11) * 0x1.0p-53;
  }
}
