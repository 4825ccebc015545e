package org.citysim.sim.pollution;

/**
 * The US EPA Air Quality Index from the breakpoints of the Technical Assistance Document for
 * the Reporting of Daily Air Quality (EPA-454/B-24-002, May 2024), with the 2024 PM2.5 "Good"
 * limit of 9.0 ug/m3:
 * {@code I = (I_hi - I_lo)/(C_hi - C_lo) (C - C_lo) + I_lo}, rounded to the nearest integer,
 * after truncating the concentration (PM2.5 to 0.1 ug/m3, NO2 to 1 ppb).
 *
 * <p>PM2.5 breakpoints apply to 24-hour means and NO2 to 1-hour means; averaging is the
 * caller's job. Concentrations above the top breakpoint are "beyond the AQI": the index is
 * capped at 500 and {@link Value#capped()} says so.
 */
public final class Aqi {
  /** ug/m3 of NO2 per ppb at 25 C and 1 atm. */
  public static final double NO2_UG_PER_PPB = 1.88;

  private static final int[] INDEX_LO = {0, 51, 101, 151, 201, 301};
  private static final int[] INDEX_HI = {50, 100, 150, 200, 300, 500};
  private static final double[] PM25_LO = {0.0, 9.1, 35.5, 55.5, 125.5, 225.5};
  private static final double[] PM25_HI = {9.0, 35.4, 55.4, 125.4, 225.4, 325.4};
  private static final double[] NO2_LO = {0, 54, 101, 361, 650, 1250};
  private static final double[] NO2_HI = {53, 100, 360, 649, 1249, 2049};

  private Aqi() {}

  /**
   * An index value.
   *
   * @param aqi           the index, 0..500
   * @param category      its category
   * @param concentration the truncated concentration the index was computed from (ug/m3 for
   *                      PM2.5, ppb for NO2)
   * @param capped        true if the concentration was above the top breakpoint and the index
   *                      was capped at 500 ("beyond the AQI")
   */
  public record Value(int aqi, AqiCategory category, double concentration, boolean capped) {}

  /** AQI of a 24-hour mean PM2.5 concentration [ug/m3]. */
  public static Value pm25(double ugPerM3) {
    check(ugPerM3, "PM2.5 [ug/m3]");
    // The small offset keeps values such as 35.4 (binary 35.39999...) from truncating to 35.3.
    double c = Math.floor(ugPerM3 * 10 + 1e-7) / 10;
    return index(c, PM25_LO, PM25_HI);
  }

  /** AQI of a 1-hour mean NO2 concentration [ppb]. */
  public static Value no2Ppb(double ppb) {
    check(ppb, "NO2 [ppb]");
    return index(Math.floor(ppb + 1e-7), NO2_LO, NO2_HI);
  }

  /** AQI of a 1-hour mean NO2 concentration [ug/m3], via 1 ppb = 1.88 ug/m3. */
  public static Value no2(double ugPerM3) {
    return no2Ppb(ugPerM3 / NO2_UG_PER_PPB);
  }

  private static void check(double c, String what) {
    if (!(c >= 0) || !Double.isFinite(c)) {
      throw new IllegalArgumentException(what + " must be finite and >= 0, got " + c);
    }
  }

  private static Value index(double c, double[] lo, double[] hi) {
    int top = hi.length - 1;
    if (c > hi[top]) {
      return new Value(500, AqiCategory.HAZARDOUS, c, true);
    }
    int row = 0;
    while (c > hi[row] + 1e-9) {
      row++;
    }
    double i = (INDEX_HI[row] - INDEX_LO[row]) / (hi[row] - lo[row]) * (c - lo[row])
        + INDEX_LO[row];
    int aqi = (int) Math.round(i);
    return new Value(aqi, AqiCategory.of(aqi), c, false);
  }
}
