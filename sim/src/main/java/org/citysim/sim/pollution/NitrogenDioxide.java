package org.citysim.sim.pollution;

/**
 * NO2 from a dispersed NOx increment: {@code NO2 = background + fraction * NOx}, all in ug/m3
 * (NOx as NO2-equivalent mass, as emission factors give it).
 *
 * <p>The fraction lumps two processes ({@code domain-models.md} section 3: "NO2 = f_NO2 NOx
 * plus O3 titration"): primary NO2 in the exhaust, and NO turned into NO2 by ozone (NO + O3,
 * about 1 min at 40 ppb O3, so it is complete within a cell's residence time but limited by the
 * ozone available). The default 0.3 is an assumption, not a figure from the reference: primary
 * fractions run from about 0.05 (petrol) to 0.3-0.5 (Euro 5/6 diesel), and titration adds to
 * them where NOx is low against ozone. Calibrate against NO2 and NOx station pairs if available.
 *
 * @param fraction   NO2 per unit NOx increment [-], in [0, 1]
 * @param background urban background NO2 [ug/m3], at least 0
 */
public record NitrogenDioxide(double fraction, double background) {
  /** Assumed NO2/NOx ratio of the traffic increment (see class comment). */
  public static final double DEFAULT_FRACTION = 0.3;
  /** Typical urban background NO2 [ug/m3]. */
  public static final double DEFAULT_BACKGROUND = 20;

  public NitrogenDioxide {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("NO2 fraction of NOx must be in [0, 1], got "
          + fraction);
    }
    if (!(background >= 0) || !Double.isFinite(background)) {
      throw new IllegalArgumentException("NO2 background must be >= 0 ug/m3, got "
          + background);
    }
  }

  /** The default fraction and background. */
  public static NitrogenDioxide defaults() {
    return new NitrogenDioxide(DEFAULT_FRACTION, DEFAULT_BACKGROUND);
  }

  /**
   * NO2 [ug/m3] from the NOx traffic increment [ug/m3] (a field with background 0, such as
   * {@link DispersionParams#nox()}).
   */
  public double fromNoxIncrement(double noxIncrement) {
    if (!(noxIncrement >= 0)) {
      throw new IllegalArgumentException("NOx increment must be >= 0, got " + noxIncrement);
    }
    return background + fraction * noxIncrement;
  }

  /** NO2 [ppb] from the NOx traffic increment [ug/m3]. */
  public double ppbFromNoxIncrement(double noxIncrement) {
    return fromNoxIncrement(noxIncrement) / Aqi.NO2_UG_PER_PPB;
  }
}
