package org.citysim.sim.emission;

import java.util.EnumMap;
import java.util.Map;

/**
 * Emission factors per {@link EmissionClass}: hot exhaust [g/km] as a function of mean speed,
 * idling [g/s], and non-exhaust PM2.5 [g/km]. Immutable; {@link #defaults()} is the documented
 * set below.
 *
 * <h2>Hot exhaust (CO2, NOx, PM2.5)</h2>
 * Curves in the EMEP/EEA (COPERT) average-speed form ({@link SpeedCurve}). The published COPERT
 * coefficients (EMEP/EEA guidebook 2019, 1.A.3.b.i-iv annex, sheet HOT_EMISSIONS_PARAMETERS) were
 * not available to us in machine-readable form, so the coefficients are the HBEFA 3.1 fits that
 * SUMO ships ({@code src/utils/emissions/HelpersHBEFA3.cpp}, eclipse-sumo/sumo; model described
 * in Krajzewicz et al. 2014, "Second generation of pollutant emission models for SUMO") taken at
 * constant speed and recast exactly into the COPERT form ({@link SpeedCurve#fromHbefa3}):
 * <ul>
 *   <li>{@link EmissionClass#PETROL_CAR}: HBEFA3 {@code PC_G_EU6}, CO2 (8273, -401.1, 25.08, 0),
 *       NOx (3.444, -0.2313, 0.01086, 0), PM (0.3107, -0.04042, 0.001421, 0) as (c0, c1, c2, c3).
 *       Gives CO2 341 / 151 / 155 g/km at 20 / 50 / 90 km/h and NOx 0.047 g/km at 50 km/h, as
 *       computed with SUMO's {@code emissionsDrivingCycle} (docs domain-models.md, section 3);
 *       Euro 6 petrol limits: NOx 0.060, PM 0.0045 g/km (Regulation (EC) 715/2007, Annex I).
 *   <li>{@link EmissionClass#DIESEL_CAR}: HBEFA3 {@code PC_D_EU6}, CO2 (3946, 149.8, 0, 0.2041),
 *       NOx (16.31, -1.391, 0.05512, 0), PM (0.553, -0.06184, 0.001758, 0). CO2 131 g/km and NOx
 *       0.15 g/km at 50 km/h (limit 0.080 g/km; real-world Euro 6 diesels exceed it, more so at
 *       low speed: 0.51 g/km at 20 km/h).
 *   <li>{@link EmissionClass#TRUCK}: HBEFA3 {@code HDV_D_EU6}, CO2 (23530, 1889, 0, 0), NOx
 *       (47.47, 2.737, 0, 0), PM (0.1279, 0.00329, 0, 0): about 1000 g/km CO2 at 50 km/h.
 *   <li>{@link EmissionClass#BUS}: CO2 from HBEFA3 {@code Bus} (average urban bus, 19030, 2073, 0,
 *       0), about 1200 g/km at 30 km/h. HBEFA3 has no Euro VI bus, so NOx and PM are those of
 *       {@code HDV_D_EU6} scaled by the bus-to-truck CO2 ratio at 30 km/h (about 0.92): the same
 *       after-treatment emits in proportion to the fuel burnt. This is our derivation.
 * </ul>
 * The curves are constant-speed curves, not COPERT's cycle averages, on purpose: the queue model
 * accounts for stop-and-go separately, as idling time ({@link EmissionModel}), and cycle averages
 * would count it twice.
 *
 * <p>Speeds are clamped to [{@value #MIN_KMH}, {@value #MAX_KMH}] km/h, the validity range of the
 * COPERT functions as the guidebook tabulates them (Vmin, Vmax); HBEFA3's fits are also not
 * meant for crawling speeds, where the c0/V term grows without bound.
 *
 * <h2>Fuel</h2>
 * From CO2 by carbon balance, assuming full oxidation of the fuel's carbon: 3.17 kg CO2 per kg
 * petrol and 3.16 per kg diesel (the figures of issue 5; for a fuel CH_x the ratio is
 * 44.01 / (12.011 + 1.008 x), 3.16-3.18 for x = 1.9-1.8, petrol and diesel alike). For PC_G_EU6 this
 * agrees within 1.2% with HBEFA3's own fuel fit (c0 2639 vs 8273 / 3.17 = 2610).
 *
 * <h2>Idling</h2>
 * The HBEFA3 rate at v = 0 and a = 0: {@code E = c0 / 3.6 [mg/s]}, i.e. c0 / 3600 [g/s] (2.3 g/s
 * CO2 for PC_G_EU6). This is 3-4 times an engine idling at rest (about 0.5-0.7 g/s CO2 for a
 * petrol car), because the fit's intercept stands for queue driving (creeping, stopping,
 * pulling away), which is what queued time in the traffic model is. Check: 1 km at 50 km/h
 * cruise plus the queued time that brings the mean speed down to 24.8 km/h gives 319 g/km CO2,
 * 0.117 g/km NOx, 0.0068 g/km PM, against 325, 0.124 and 0.0070 g/km for SUMO's HBEFA3 stop-go
 * cycle at that mean speed (domain-models.md, section 3).
 *
 * <h2>Non-exhaust PM2.5</h2>
 * EMEP/EEA guidebook 2019, 1.A.3.b.vi-vii, Tier 1 (as applied in the German inventory, UBA IIR
 * 2022, 1.A.3.b.vi and vii), PM2.5 [mg/km]: cars tyre 4.49 + brake 2.93 + road 4.05 = 11.47;
 * heavy vehicles and buses tyre 18.9 + brake 12.7 + road 20.5 = 52.1. Electric cars: 2% less than
 * a combustion car: heavier (more tyre and road wear) but with regenerative braking (less brake
 * wear), net PM2.5 1-3% lower (Timmers and Achten 2016, Atmos. Environ. 134:10,
 * doi:10.1016/j.atmosenv.2016.03.017). Electric cars have no exhaust at all.
 *
 * <h2>Maximum speeds</h2>
 * Cruise speed is the link's free speed capped per class: cars at {@value #MAX_KMH} km/h, trucks
 * at 90 km/h (speed limiters of Directive 92/6/EEC for N3 vehicles), urban buses at 80 km/h.
 */
public final class EmissionFactors {
  /** Lowest speed the hot curves are evaluated at [km/h]. */
  public static final double MIN_KMH = 10;
  /** Highest speed the hot curves are evaluated at [km/h]. */
  public static final double MAX_KMH = 130;

  private static final double KMH = 1 / 3.6;
  private static final double PETROL_CO2_PER_FUEL = 3.17;
  private static final double DIESEL_CO2_PER_FUEL = 3.16;
  private static final double BUS_SCALE_KMH = 30;

  private static final EmissionFactors DEFAULTS = build();

  /** Per class: CO2, NOx and PM curves; null for no exhaust. */
  private final Map<EmissionClass, SpeedCurve[]> hot;
  /** Per class: idle rate [g/s] indexed by pollutant ordinal. */
  private final Map<EmissionClass, double[]> idle;
  private final Map<EmissionClass, Double> nonExhaust;
  private final Map<EmissionClass, Double> co2PerFuel;
  private final Map<EmissionClass, Double> maxSpeed;

  private EmissionFactors(Map<EmissionClass, SpeedCurve[]> hot, Map<EmissionClass, double[]> idle,
      Map<EmissionClass, Double> nonExhaust, Map<EmissionClass, Double> co2PerFuel,
      Map<EmissionClass, Double> maxSpeed) {
    this.hot = hot;
    this.idle = idle;
    this.nonExhaust = nonExhaust;
    this.co2PerFuel = co2PerFuel;
    this.maxSpeed = maxSpeed;
  }

  /** The documented default factors (shared: the object is immutable). */
  public static EmissionFactors defaults() {
    return DEFAULTS;
  }

  /** {@code kmh} [km/h] clamped to [{@value #MIN_KMH}, {@value #MAX_KMH}]. */
  public static double clampSpeed(double kmh) {
    return Math.max(MIN_KMH, Math.min(MAX_KMH, kmh));
  }

  /**
   * Hot exhaust emission factor [g/km] of class {@code c} cruising at {@code kmh} [km/h] (clamped
   * to the valid range). Fuel is derived from CO2; electric cars give 0 for every pollutant.
   * Non-exhaust PM is not included (see {@link #nonExhaustPm25}).
   */
  public double hot(EmissionClass c, Pollutant p, double kmh) {
    SpeedCurve[] curves = hot.get(c);
    if (curves == null) {
      return 0;
    }
    double v = clampSpeed(kmh);
    return switch (p) {
      case CO2 -> curves[0].gramsPerKm(v);
      case NOX -> curves[1].gramsPerKm(v);
      case PM25 -> curves[2].gramsPerKm(v);
      case FUEL -> curves[0].gramsPerKm(v) / co2PerFuel.get(c);
    };
  }

  /** Emission rate [g/s] of class {@code c} while queued (idling, creeping). */
  public double idle(EmissionClass c, Pollutant p) {
    return idle.get(c)[p.ordinal()];
  }

  /** Non-exhaust PM2.5 (tyre, brake and road wear) of class {@code c} [g/km]. */
  public double nonExhaustPm25(EmissionClass c) {
    return nonExhaust.get(c);
  }

  /** Highest cruise speed of class {@code c} [m/s]. */
  public double maxSpeed(EmissionClass c) {
    return maxSpeed.get(c);
  }

  private static EmissionFactors build() {
    Map<EmissionClass, SpeedCurve[]> hot = new EnumMap<>(EmissionClass.class);
    Map<EmissionClass, double[]> idle = new EnumMap<>(EmissionClass.class);
    Map<EmissionClass, Double> co2PerFuel = new EnumMap<>(EmissionClass.class);
    // HBEFA3 coefficients (c0, c1, c2, c3) of CO2, NOx and PM; see the class comment.
    double[][] petrol = {{8273, -401.1, 25.08, 0}, {3.444, -0.2313, 0.01086, 0},
        {0.3107, -0.04042, 0.001421, 0}};
    double[][] diesel = {{3946, 149.8, 0, 0.2041}, {16.31, -1.391, 0.05512, 0},
        {0.553, -0.06184, 0.001758, 0}};
    double[][] truck = {{23530, 1889, 0, 0}, {47.47, 2.737, 0, 0}, {0.1279, 0.00329, 0, 0}};
    double[] busCo2 = {19030, 2073, 0, 0};
    double busScale = curve(busCo2).gramsPerKm(BUS_SCALE_KMH)
        / curve(truck[0]).gramsPerKm(BUS_SCALE_KMH);
    double[][] bus = {busCo2, scale(truck[1], busScale), scale(truck[2], busScale)};
    put(hot, idle, co2PerFuel, EmissionClass.PETROL_CAR, petrol, PETROL_CO2_PER_FUEL);
    put(hot, idle, co2PerFuel, EmissionClass.DIESEL_CAR, diesel, DIESEL_CO2_PER_FUEL);
    put(hot, idle, co2PerFuel, EmissionClass.BUS, bus, DIESEL_CO2_PER_FUEL);
    put(hot, idle, co2PerFuel, EmissionClass.TRUCK, truck, DIESEL_CO2_PER_FUEL);
    idle.put(EmissionClass.ELECTRIC_CAR, new double[Pollutant.values().length]);

    double car = (4.49 + 2.93 + 4.05) / 1000;
    double heavy = (18.9 + 12.7 + 20.5) / 1000;
    Map<EmissionClass, Double> nonExhaust = new EnumMap<>(Map.of(EmissionClass.PETROL_CAR, car,
        EmissionClass.DIESEL_CAR, car, EmissionClass.ELECTRIC_CAR, 0.98 * car,
        EmissionClass.BUS, heavy, EmissionClass.TRUCK, heavy));
    Map<EmissionClass, Double> maxSpeed = new EnumMap<>(Map.of(
        EmissionClass.PETROL_CAR, MAX_KMH * KMH, EmissionClass.DIESEL_CAR, MAX_KMH * KMH,
        EmissionClass.ELECTRIC_CAR, MAX_KMH * KMH, EmissionClass.BUS, 80 * KMH,
        EmissionClass.TRUCK, 90 * KMH));
    return new EmissionFactors(hot, idle, nonExhaust, co2PerFuel, maxSpeed);
  }

  private static void put(Map<EmissionClass, SpeedCurve[]> hot, Map<EmissionClass, double[]> idle,
      Map<EmissionClass, Double> co2PerFuel, EmissionClass c, double[][] coeffs,
      double co2ToFuel) {
    hot.put(c, new SpeedCurve[] {curve(coeffs[0]), curve(coeffs[1]), curve(coeffs[2])});
    double[] rates = new double[Pollutant.values().length];
    // HBEFA3 at v = 0: c0 / 3.6 [mg/s] = c0 / 3600 [g/s].
    rates[Pollutant.CO2.ordinal()] = Math.max(0, coeffs[0][0]) / 3600;
    rates[Pollutant.NOX.ordinal()] = Math.max(0, coeffs[1][0]) / 3600;
    rates[Pollutant.PM25.ordinal()] = Math.max(0, coeffs[2][0]) / 3600;
    rates[Pollutant.FUEL.ordinal()] = rates[Pollutant.CO2.ordinal()] / co2ToFuel;
    idle.put(c, rates);
    co2PerFuel.put(c, co2ToFuel);
  }

  private static SpeedCurve curve(double[] c) {
    return SpeedCurve.fromHbefa3(c[0], c[1], c[2], c[3]);
  }

  private static double[] scale(double[] c, double k) {
    return new double[] {c[0] * k, c[1] * k, c[2] * k, c[3] * k};
  }
}
