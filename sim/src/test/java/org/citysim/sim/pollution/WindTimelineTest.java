package org.citysim.sim.pollution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindTimelineTest {
  @Test
  void lookup_isAStepFunction_andTheFirstPeriodHoldsBeforeItsStart() {
    WindTimeline w = new WindTimeline(List.of(new WindPeriod(0, 2, 270),
        new WindPeriod(3600, 5, 180), new WindPeriod(7200, 0, 0)));
    assertEquals(2, w.at(-10).speed());
    assertEquals(2, w.at(3599.9).speed());
    assertEquals(5, w.at(3600).speed());
    assertEquals(0, w.at(1e9).speed());
  }

  @Test
  void components_followTheMeteorologicalConvention() {
    WindPeriod west = new WindPeriod(0, 4, 270);
    assertEquals(4, west.eastward(), 1e-12);
    assertEquals(0, west.northward(), 1e-12);
    WindPeriod north = new WindPeriod(0, 4, 0);
    assertEquals(-4, north.northward(), 1e-12);
    assertEquals(0, north.eastward(), 1e-12);
    WindPeriod southWest = new WindPeriod(0, Math.sqrt(2), 225);
    assertEquals(1, southWest.eastward(), 1e-12);
    assertEquals(1, southWest.northward(), 1e-12);
  }

  @Test
  void invalidInput_isRejectedWithTheReason() {
    assertThrows(IllegalArgumentException.class, () -> new WindPeriod(0, -1, 0));
    assertThrows(IllegalArgumentException.class, () -> new WindPeriod(0, 1, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new WindTimeline(List.of()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new WindTimeline(List.of(new WindPeriod(60, 1, 0), new WindPeriod(60, 2, 0))));
    assertTrue(e.getMessage().contains("increasing time"), e.getMessage());
  }
}
