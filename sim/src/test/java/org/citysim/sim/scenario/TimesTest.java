package org.citysim.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimesTest {

  @Test
  void parse_acceptsClockAndSeconds() {
    assertEquals(27_000, Times.parse("07:30"));
    assertEquals(27_015, Times.parse("07:30:15"));
    assertEquals(3600, Times.parse("3600"));
    assertEquals(3600.5, Times.parse("3600.5"));
    assertEquals(47 * 3600 + 59 * 60, Times.parse("47:59"));
    assertEquals(7 * 3600, Times.parse("7:00"));
  }

  @Test
  void parse_rejectsBadTextWithExpectedForms() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Times.parse("7h"));
    assertTrue(e.getMessage().contains("expected HH:MM, HH:MM:SS or seconds"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Times.parse("48:00"));
    assertThrows(IllegalArgumentException.class, () -> Times.parse("07:60"));
    assertThrows(IllegalArgumentException.class, () -> Times.parse("-5"));
    assertThrows(IllegalArgumentException.class, () -> Times.parse(""));
    assertThrows(IllegalArgumentException.class, () -> Times.parse("172800"));
  }

  @Test
  void format_writesHoursMinutesSeconds() {
    assertEquals("07:30:15", Times.format(27_015));
    assertEquals("00:00:00", Times.format(0));
    assertEquals("25:00:00", Times.format(90_000));
    assertEquals("00:00:02", Times.format(1.6));
  }

  @Test
  void formatThenParse_isIdentityForWholeSeconds() {
    for (double t = 0; t < Times.MAX; t += 997) {
      assertEquals(t, Times.parse(Times.format(t)));
    }
  }
}
