package org.citysim.sim.scenario;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day as written in scenario files: {@code "HH:MM"}, {@code "HH:MM:SS"} or a number of
 * seconds since midnight. Hours go up to 47 so a run can cross midnight.
 */
public final class Times {
  /** Exclusive upper bound of a time of day [s] (48 hours). */
  public static final double MAX = 48 * 3600;

  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
  private static final Pattern SECONDS = Pattern.compile("\\d+(\\.\\d+)?");
  private static final String EXPECTED = "expected HH:MM, HH:MM:SS or seconds";

  private Times() {}

  /**
   * Parses a time of day.
   *
   * @return seconds since midnight [s], in {@code [0, 172800)}
   * @throws IllegalArgumentException with a message saying what was expected
   */
  public static double parse(String s) {
    if (s == null) {
      throw new IllegalArgumentException(EXPECTED + ", got nothing");
    }
    String t = s.trim();
    Matcher m = CLOCK.matcher(t);
    if (m.matches()) {
      int h = Integer.parseInt(m.group(1));
      int min = Integer.parseInt(m.group(2));
      int sec = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      if (h > 47 || min > 59 || sec > 59) {
        throw new IllegalArgumentException(
            EXPECTED + " with hours 0..47 and minutes, seconds 0..59, got '" + s + "'");
      }
      return h * 3600.0 + min * 60.0 + sec;
    }
    if (SECONDS.matcher(t).matches()) {
      double v = Double.parseDouble(t);
      if (v >= MAX) {
        throw new IllegalArgumentException("time " + s + " s is not before 48:00:00");
      }
      return v;
    }
    throw new IllegalArgumentException(EXPECTED + ", got '" + s + "'");
  }

  /**
   * Formats seconds since midnight as {@code HH:MM:SS}, rounded to the nearest second; hours may
   * exceed 23. Negative values get a leading minus.
   */
  public static String format(double seconds) {
    if (!Double.isFinite(seconds)) {
      throw new IllegalArgumentException("not a finite time: " + seconds);
    }
    long total = Math.round(Math.abs(seconds));
    String sign = seconds < 0 && total > 0 ? "-" : "";
    return String.format(Locale.ROOT, "%s%02d:%02d:%02d",
        sign, total / 3600, (total / 60) % 60, total % 60);
  }
}
