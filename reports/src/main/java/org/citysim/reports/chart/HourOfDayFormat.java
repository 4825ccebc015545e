package org.citysim.reports.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.citysim.reports.text.Clock;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;

/**
 * Formats an axis value in hours of day (7.5) as a clock time ("07:30"), so time axes read like
 * a timetable while the data stay plain numbers.
 */
final class HourOfDayFormat extends NumberFormat {
  private static final long serialVersionUID = 1L;

  /** Tick spacings a reader can count in [min]. */
  private static final int[] TICK_MINUTES = {1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360, 720};

  @Override
  public StringBuffer format(double hours, StringBuffer to, FieldPosition pos) {
    return to.append(Clock.hhmm(hours * 3600.0));
  }

  @Override
  public StringBuffer format(long hours, StringBuffer to, FieldPosition pos) {
    return format((double) hours, to, pos);
  }

  @Override
  public Number parse(String source, ParsePosition pos) {
    // Axes only format; parsing clock text back is never needed.
    return null;
  }

  /** Tick units in whole minutes, labelled as clock times. */
  static TickUnits tickUnits() {
    TickUnits units = new TickUnits();
    HourOfDayFormat format = new HourOfDayFormat();
    for (int minutes : TICK_MINUTES) {
      units.add(new NumberTickUnit(minutes / 60.0, format));
    }
    return units;
  }
}
