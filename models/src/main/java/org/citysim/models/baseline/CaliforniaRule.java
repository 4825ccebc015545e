package org.citysim.models.baseline;

import java.util.Locale;

/**
 * The California incident detection algorithm on a sensor and its downstream neighbours: the
 * three tests of the basic algorithm (TSC #2) with the persistence and continuation states of
 * TSC #7 (Payne and Tignor, 1978). Per slot t, with OCC(i) the sensor's occupancy and OCC(j)
 * the mean occupancy of its downstream neighbours:
 *
 * <ul>
 *   <li>OCCDF = OCC(i) - OCC(j), the spatial difference [occupancy, 0..1];
 *   <li>OCCRDF = OCCDF / OCC(i), the relative difference;
 *   <li>DOCCTD = (OCC(j, t-2) - OCC(j, t)) / OCC(j, t-2), the relative drop downstream over two
 *       slots, which separates a blockage (the queue grows upstream while the road past it
 *       empties) from a compression wave travelling through both sensors.
 * </ul>
 *
 * <p>Incident-free: all three tests pass (OCCDF &gt;= T1, OCCRDF &gt;= T2, DOCCTD &gt;= T3) makes
 * the incident tentative, or declared at once when {@code persistence} is 0. Tentative: the
 * incident is declared once OCCRDF &gt;= T2 has held {@code persistence} further slots, and
 * dropped as soon as it does not. Declared: the alarm stays on while OCCRDF &gt;= T2. A sensor
 * without downstream neighbours never alarms: there is nothing to compare it with.
 *
 * @param occdf       T1 [occupancy, 0..1]
 * @param occrdf      T2 [ratio]
 * @param docctd      T3 [ratio]
 * @param persistence slots the tentative incident must persist before it is declared
 */
public record CaliforniaRule(double occdf, double occrdf, double docctd, int persistence) {

  public CaliforniaRule {
    if (persistence < 0) {
      throw new IllegalArgumentException("persistence must be >= 0, was " + persistence);
    }
  }

  /**
   * Runs the rule through one day.
   *
   * @param s the day's signals
   * @return {@code alarm[slot][sensor]}
   */
  public boolean[][] alarms(CaliforniaSignals.Day s) {
    int slots = s.occdf().length;
    int n = slots == 0 ? 0 : s.occdf()[0].length;
    boolean[][] alarm = new boolean[slots][n];
    for (int i = 0; i < n; i++) {
      if (!s.hasNeighbours()[i]) {
        continue;
      }
      int state = 0; // 0 free, 1 tentative, 2 declared
      int held = 0;
      for (int t = 0; t < slots; t++) {
        boolean rel = s.occrdf()[t][i] >= occrdf;
        switch (state) {
          case 0 -> {
            if (s.occdf()[t][i] >= occdf && rel && s.docctd()[t][i] >= docctd) {
              state = persistence == 0 ? 2 : 1;
              held = 0;
            }
          }
          case 1 -> {
            if (rel) {
              held++;
              if (held >= persistence) {
                state = 2;
              }
            } else {
              state = 0;
            }
          }
          default -> {
            if (!rel) {
              state = 0;
            }
          }
        }
        alarm[t][i] = state == 2;
      }
    }
    return alarm;
  }

  /** The thresholds, for tables. */
  public String describe() {
    String t3 = docctd == Double.NEGATIVE_INFINITY ? "DOCCTD test off"
        : String.format(Locale.ROOT, "DOCCTD >= %.2f", docctd);
    return String.format(Locale.ROOT, "OCCDF >= %.2f, OCCRDF >= %.2f, %s, persistence %d",
        occdf, occrdf, t3, persistence);
  }
}
