package org.citysim.sim.emission;

import java.util.Objects;

/**
 * Emissions of one vehicle on one link, in two modes: it cruises the link's length at the free
 * speed (capped by its class's maximum), and any time beyond that cruise time it spends queued,
 * emitting at the idling rate. Non-exhaust PM2.5 is added per kilometre driven.
 *
 * <p>Why two modes: the queue model knows only when a vehicle entered and left a link, not its
 * speed profile on it. Free-flow traversal plus waiting at the exit is exactly what the model
 * simulates (MATSim-style link queues), so the emissions follow the same split. A speed-profile
 * model (HBEFA/PHEM with v and a) would need second-by-second trajectories the queue model does
 * not have; the mean speed over the link would hide the queueing, which is when most urban
 * excess emissions happen.
 *
 * <p>Pure and immutable. Amounts are [g], indexed by {@link Pollutant#ordinal()}.
 */
public final class EmissionModel {
  private static final int P = Pollutant.values().length;
  private final EmissionFactors factors;

  /** A model over {@code factors}. */
  public EmissionModel(EmissionFactors factors) {
    this.factors = Objects.requireNonNull(factors);
  }

  /** The model over {@link EmissionFactors#defaults()}. */
  public static EmissionModel defaults() {
    return new EmissionModel(EmissionFactors.defaults());
  }

  /** The factors used. */
  public EmissionFactors factors() {
    return factors;
  }

  /** Speed class {@code c} cruises at on a link with free speed {@code freeSpeed} [m/s]. */
  public double cruiseSpeed(EmissionClass c, double freeSpeed) {
    if (!(freeSpeed > 0)) {
      throw new IllegalArgumentException("free speed must be positive: " + freeSpeed);
    }
    return Math.min(freeSpeed, factors.maxSpeed(c));
  }

  /** Time class {@code c} needs to cruise {@code length} [m] at free speed [m/s], in [s]. */
  public double cruiseTime(EmissionClass c, double length, double freeSpeed) {
    return length / cruiseSpeed(c, freeSpeed);
  }

  /**
   * Emissions [g] of a vehicle of class {@code c} that entered and left a link.
   *
   * @param length     link length [m], non-negative
   * @param freeSpeed  link free speed [m/s], positive
   * @param timeOnLink time from entry to exit [s], non-negative; the part beyond the cruise time
   *                   counts as queued
   * @return grams indexed by {@link Pollutant#ordinal()}
   */
  public double[] emissions(EmissionClass c, double length, double freeSpeed, double timeOnLink) {
    double[] g = new double[P];
    addEmissions(c, length, freeSpeed, timeOnLink, g);
    return g;
  }

  /** Like {@link #emissions}, adding into {@code grams} (no allocation, for observers). */
  public void addEmissions(EmissionClass c, double length, double freeSpeed, double timeOnLink,
      double[] grams) {
    check(length, timeOnLink);
    double v = cruiseSpeed(c, freeSpeed);
    add(c, length, v, Math.max(0, timeOnLink - length / v), grams);
  }

  /**
   * Emissions [g] so far of a vehicle of class {@code c} still on a link, {@code elapsed} [s]
   * after it entered: it has cruised {@code min(length, v * elapsed)} and queued for the rest.
   * Used to count vehicles still on the network when a run ends.
   */
  public void addPartial(EmissionClass c, double length, double freeSpeed, double elapsed,
      double[] grams) {
    check(length, elapsed);
    double v = cruiseSpeed(c, freeSpeed);
    double driven = Math.min(length, v * elapsed);
    add(c, driven, v, Math.max(0, elapsed - length / v), grams);
  }

  /**
   * Adds {@code distance} [m] cruised at {@code speed} [m/s] and {@code queued} [s] of idling.
   */
  void add(EmissionClass c, double distance, double speed, double queued, double[] grams) {
    double km = distance / 1000;
    double kmh = speed * 3.6;
    for (Pollutant p : Pollutant.values()) {
      grams[p.ordinal()] += km * factors.hot(c, p, kmh) + queued * factors.idle(c, p);
    }
    grams[Pollutant.PM25.ordinal()] += km * factors.nonExhaustPm25(c);
  }

  private static void check(double length, double time) {
    if (!(length >= 0) || !(time >= 0) || !Double.isFinite(length + time)) {
      throw new IllegalArgumentException("length and time must be finite and non-negative: "
          + length + " m, " + time + " s");
    }
  }
}
