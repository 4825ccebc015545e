package org.citysim.sim.emission;

/**
 * A hot emission factor as a function of mean speed, in the functional form of the EMEP/EEA
 * guidebook (COPERT 5, chapter 1.A.3.b.i-iv, 2019 and later):
 * {@code EF(V) = (alpha V^2 + beta V + gamma + delta / V) / (epsilon V^2 + zeta V + eta)}
 * with {@code V} in [km/h] and EF in [g/km] (the reduction factor RF of the guidebook is 0 here).
 * Negative values of the fit are taken as 0, as SUMO does for its HBEFA fits.
 *
 * <p>Units of the coefficients follow from EF in [g/km] and V in [km/h].
 *
 * @param alpha   coefficient of V^2 in the numerator
 * @param beta    coefficient of V in the numerator
 * @param gamma   constant of the numerator
 * @param delta   coefficient of 1/V in the numerator
 * @param epsilon coefficient of V^2 in the denominator
 * @param zeta    coefficient of V in the denominator
 * @param eta     constant of the denominator
 */
public record SpeedCurve(double alpha, double beta, double gamma, double delta, double epsilon,
    double zeta, double eta) {

  public SpeedCurve {
    double[] all = {alpha, beta, gamma, delta, epsilon, zeta, eta};
    for (double x : all) {
      if (!Double.isFinite(x)) {
        throw new IllegalArgumentException("coefficients must be finite");
      }
    }
    if (epsilon == 0 && zeta == 0 && eta == 0) {
      throw new IllegalArgumentException("denominator is identically zero");
    }
  }

  /**
   * The curve of an HBEFA3-based SUMO emission function at constant speed (acceleration 0).
   * SUMO's {@code HelpersHBEFA3} gives {@code E [mg/s] = max(0, c0 + c1 v + c2 v^2 + c3 v^3) / 3.6}
   * with v in [m/s] (the acceleration terms vanish at a = 0). Dividing by v gives [mg/m] = [g/km],
   * and with {@code v = V / 3.6}:
   * {@code EF(V) = c3 V^2 / 46.656 + c2 V / 12.96 + c1 / 3.6 + c0 / V}, which is the EMEP/EEA
   * form with {@code alpha = c3/46.656, beta = c2/12.96, gamma = c1/3.6, delta = c0} over a
   * denominator of 1. So the recast is exact, not a fit.
   */
  public static SpeedCurve fromHbefa3(double c0, double c1, double c2, double c3) {
    return new SpeedCurve(c3 / 46.656, c2 / 12.96, c1 / 3.6, c0, 0, 0, 1);
  }

  /** The same curve times {@code k} (numerator scaled). */
  public SpeedCurve scaled(double k) {
    return new SpeedCurve(alpha * k, beta * k, gamma * k, delta * k, epsilon, zeta, eta);
  }

  /**
   * The emission factor [g/km] at mean speed {@code kmh} [km/h], which must be positive (callers
   * clamp to the valid range first, see {@link EmissionFactors#clampSpeed}).
   */
  public double gramsPerKm(double kmh) {
    if (!(kmh > 0)) {
      throw new IllegalArgumentException("speed must be positive: " + kmh);
    }
    double num = alpha * kmh * kmh + beta * kmh + gamma + delta / kmh;
    double den = epsilon * kmh * kmh + zeta * kmh + eta;
    return Math.max(0, num / den);
  }
}
