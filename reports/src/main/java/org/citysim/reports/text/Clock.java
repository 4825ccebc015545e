package org.citysim.reports.text;

/** Clock-time formatting of simulated times. */
public final class Clock {
  private Clock() {}

  /**
   * Formats seconds since midnight as "HH:MM", or "HH:MM:SS" when the time is not a whole
   * minute. Hours continue past 24 ("25:30") because runs may cross midnight, the convention
   * of GTFS and MATSim. Fractions of a second are rounded; non-finite values give "--:--".
   *
   * @param secondsSinceMidnight time [s since midnight]
   */
  public static String hhmm(double secondsSinceMidnight) {
    if (!Double.isFinite(secondsSinceMidnight)) {
      return "--:--";
    }
    long total = Math.round(secondsSinceMidnight);
    String sign = total < 0 ? "-" : "";
    total = Math.abs(total);
    long h = total / 3600;
    long m = (total % 3600) / 60;
    long s = total % 60;
    String hm = sign + two(h) + ":" + two(m);
    return s == 0 ? hm : hm + ":" + two(s);
  }

  private static String two(long v) {
    return v < 10 ? "0" + v : Long.toString(v);
  }
}
