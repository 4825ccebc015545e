package org.citysim.sim.pollution;

/**
 * Dispersion parameters of one pollutant. The ventilation (exchange) velocity depends on the wind:
 * {@code w_e = exchangePerWind * u + exchangeTraffic}.
 *
 * <p>Sources of the defaults ({@code domain-models.md} section 3): the street/graph box model
 * (OSPM recirculation idea, Berkowicz 2000; review by Vardoulakis et al. 2003, Atmos. Env.
 * 37:155) with {@code w_e ~ sigma_w ~ 0.1 u_roof} plus traffic-induced turbulence of about
 * 0.2-0.3 m/s; chemistry and deposition timescales: NO2 + OH about 5-25 h, PM2.5 dry deposition
 * about 4 h in a 15 m box, both slow against ventilation (H/w_e about 1 min), hence k about 0.
 *
 * @param mixingHeight    height of the box over each cell, H [m], positive
 * @param exchangePerWind ventilation velocity per unit wind speed [-], at least 0
 * @param exchangeTraffic ventilation velocity from traffic-induced turbulence [m/s], at least 0
 * @param background      concentration above the box and beyond the grid edges, C_b [ug/m3]
 * @param decayRate       first-order loss (chemistry, deposition), k [1/s], at least 0
 * @param diffusivity     horizontal eddy diffusivity, K [m2/s], at least 0
 */
public record DispersionParams(double mixingHeight, double exchangePerWind,
    double exchangeTraffic, double background, double decayRate, double diffusivity) {

  /** Box height for the urban canopy over a grid cell [m]; a typical street canyon depth. */
  public static final double DEFAULT_MIXING_HEIGHT = 20;
  /** sigma_w ~ 0.1 u_roof (domain-models.md section 3). */
  public static final double DEFAULT_EXCHANGE_PER_WIND = 0.1;
  /** Middle of the 0.2-0.3 m/s traffic-induced turbulence range (domain-models.md section 3). */
  public static final double DEFAULT_EXCHANGE_TRAFFIC = 0.25;
  /**
   * Horizontal eddy diffusivity [m2/s]. Not from the reference: an order-of-magnitude choice for
   * sub-kilometre urban mixing; with ventilation at about 1 min it spreads a plume only
   * sqrt(2 K tau) ~ 35 m, so results are insensitive to it. Calibrate if stations disagree.
   */
  public static final double DEFAULT_DIFFUSIVITY = 10;

  public DispersionParams {
    require(mixingHeight > 0, "mixing height must be positive [m]", mixingHeight);
    require(exchangePerWind >= 0, "exchange per wind must be >= 0", exchangePerWind);
    require(exchangeTraffic >= 0, "traffic exchange velocity must be >= 0 [m/s]",
        exchangeTraffic);
    require(background >= 0, "background must be >= 0 [ug/m3]", background);
    require(decayRate >= 0, "decay rate must be >= 0 [1/s]", decayRate);
    require(diffusivity >= 0, "diffusivity must be >= 0 [m2/s]", diffusivity);
  }

  private static void require(boolean ok, String what, double got) {
    if (!ok || !Double.isFinite(got)) {
      throw new IllegalArgumentException(what + ", got " + got);
    }
  }

  /**
   * PM2.5: background 8 ug/m3 (a typical urban background, below the 2024 AQI "Good" limit of 9),
   * k = 0 (dry deposition at about 4 h is negligible against ventilation).
   */
  public static DispersionParams pm25() {
    return new DispersionParams(DEFAULT_MIXING_HEIGHT, DEFAULT_EXCHANGE_PER_WIND,
        DEFAULT_EXCHANGE_TRAFFIC, 8, 0, DEFAULT_DIFFUSIVITY);
  }

  /**
   * NOx as NO2-equivalent mass, the traffic increment only (background 0): the NO2 background
   * is added when converting to NO2 ({@link NitrogenDioxide}). k = 1/(10 h), inside the 5-25 h
   * range of NO2 + OH.
   */
  public static DispersionParams nox() {
    return new DispersionParams(DEFAULT_MIXING_HEIGHT, DEFAULT_EXCHANGE_PER_WIND,
        DEFAULT_EXCHANGE_TRAFFIC, 0, 1.0 / (10 * 3600), DEFAULT_DIFFUSIVITY);
  }

  /** Ventilation velocity w_e [m/s] at wind speed {@code u} [m/s]. */
  public double exchangeVelocity(double u) {
    return exchangePerWind * u + exchangeTraffic;
  }

  /** A copy with another background [ug/m3]. */
  public DispersionParams withBackground(double cb) {
    return new DispersionParams(mixingHeight, exchangePerWind, exchangeTraffic, cb, decayRate,
        diffusivity);
  }

  /** A copy with another decay rate [1/s]. */
  public DispersionParams withDecayRate(double k) {
    return new DispersionParams(mixingHeight, exchangePerWind, exchangeTraffic, background, k,
        diffusivity);
  }

  /** A copy with another diffusivity [m2/s]. */
  public DispersionParams withDiffusivity(double kh) {
    return new DispersionParams(mixingHeight, exchangePerWind, exchangeTraffic, background,
        decayRate, kh);
  }

  /** A copy with another ventilation: {@code w_e = perWind * u + traffic}. */
  public DispersionParams withExchange(double perWind, double traffic) {
    return new DispersionParams(mixingHeight, perWind, traffic, background, decayRate,
        diffusivity);
  }
}
