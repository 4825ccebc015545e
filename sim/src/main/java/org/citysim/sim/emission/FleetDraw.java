package org.citysim.sim.emission;

import java.util.Objects;
import org.citysim.sim.demand.TripTable;
import org.citysim.sim.demand.VehicleType;
import org.citysim.sim.random.RandomStream;

/**
 * The emission class of every vehicle of a run. A vehicle whose imported type says its class
 * ({@link SumoEmissionClasses}) has that class. Otherwise the class is drawn from the
 * {@link FleetMix} with a uniform number that is a hash of the vehicle index under a key taken
 * from the run's stream {@value #STREAM} (as {@code sensor.FleetClasses} does): a vehicle's class
 * does not depend on which other vehicles exist or in which order they are asked about.
 */
public final class FleetDraw {
  /** Name of the random stream the key comes from. */
  public static final String STREAM = "emission:fleet";

  private final FleetMix mix;
  private final long key;

  /**
   * @param stream the run's stream {@value #STREAM}; two values are taken from it
   * @param mix    fleet mix for vehicles without a known class
   */
  public FleetDraw(RandomStream stream, FleetMix mix) {
    this.mix = Objects.requireNonNull(mix);
    long hi = (long) (stream.uniform() * 0x1p32);
    long lo = (long) (stream.uniform() * 0x1p32);
    this.key = (hi << 32) | lo;
  }

  /** A uniform number in [0, 1) fixed by the key and the vehicle. */
  public double uniform(int vehicle) {
    long z = key + (vehicle + 1L) * 0x9E3779B97F4A7C15L;
    // SplitMix64 finaliser (Steele, Lea and Flood 2014).
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return (z >>> 11) * 0x1.0p-53;
  }

  /**
   * The class of vehicle {@code vehicle} with imported type {@code type} (null when none): the
   * type's class when it says one, a car class from the mix when the type is a car of unknown
   * fuel, else any class from the mix.
   */
  public EmissionClass classOf(int vehicle, VehicleType type) {
    if (type == null) {
      return mix.draw(uniform(vehicle));
    }
    EmissionClass c = SumoEmissionClasses.map(type.vClass(), type.emissionClass());
    if (c != null) {
      return c;
    }
    return SumoEmissionClasses.isCarLike(type.vClass()) ? mix.drawCar(uniform(vehicle))
        : mix.draw(uniform(vehicle));
  }

  /** The class of every trip of {@code trips}, by trip index. */
  public EmissionClass[] classes(TripTable trips) {
    EmissionClass[] out = new EmissionClass[trips.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = classOf(i, trips.vehicleType(i));
    }
    return out;
  }
}
