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

  /**
   * Formats seconds since midnight as "HH:MM:SS", always with seconds, so a column of times
   * lines up and sorts as text. Hours continue past 24 as in {@link #hhmm}; fractions of a
   * second are rounded; non-finite values give the empty string (a missing CSV value).
   *
   * @param secondsSinceMidnight time [s since midnight]
   */
  public static String hhmmss(double secondsSinceMidnight) {
    if (!Double.isFinite(secondsSinceMidnight)) {
      return "";
    }
    long total = Math.round(secondsSinceMidnight);
    String sign = total < 0 ? "-" : "";
    total = Math.abs(total);
    return sign + two(total / 3600) + ":" + two((total % 3600) / 60) + ":" + two(total % 60);
  }

  private static String two(long v) {
    return v < 10 ? "0" + v : Long.toString(v);
  }
}
