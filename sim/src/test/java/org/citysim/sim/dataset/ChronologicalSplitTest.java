package org.citysim.sim.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.citysim.sim.forecast.SensorDataset.Split;
import org.junit.jupiter.api.Test;

class ChronologicalSplitTest {
  private static final Split T = Split.TRAIN;
  private static final Split V = Split.VALIDATION;
  private static final Split X = Split.TEST;

  @Test
  void fortyTwoDays_default_is30Then6Then6() {
    Split[] s = ChronologicalSplit.of(42, 0.70, 0.15);
    assertEquals(30, count(s, T));
    assertEquals(6, count(s, V));
    assertEquals(6, count(s, X));
    assertEquals(T, s[29]);
    assertEquals(V, s[30]);
    assertEquals(X, s[36]);
  }

  @Test
  void everyDayCount_isChronological_coversAllDays_andHasEachPartFromThreeDays() {
    for (int days = 1; days <= 120; days++) {
      Split[] s = ChronologicalSplit.of(days, 0.70, 0.15);
      assertEquals(days, s.length);
      for (int d = 1; d < days; d++) {
        assertTrue(s[d].ordinal() >= s[d - 1].ordinal(), "train, then validation, then test: "
            + days + " days");
      }
      if (days >= 3) {
        for (Split p : Split.values()) {
          assertTrue(count(s, p) >= 1, p + " empty with " + days + " days");
        }
      }
    }
  }

  @Test
  void fewDays_andZeroShares() {
    assertArrayEquals(new Split[] {T}, ChronologicalSplit.of(1, 0.7, 0.15));
    assertArrayEquals(new Split[] {T, X}, ChronologicalSplit.of(2, 0.7, 0.15));
    assertArrayEquals(new Split[] {T, V, X}, ChronologicalSplit.of(3, 0.7, 0.15));
    assertArrayEquals(new Split[] {T, T, T, T, X}, ChronologicalSplit.of(5, 0.8, 0));
    assertArrayEquals(new Split[] {T, T, T}, ChronologicalSplit.of(3, 1, 0));
  }

  private static int count(Split[] s, Split p) {
    int n = 0;
    for (Split x : s) {
      n += x == p ? 1 : 0;
    }
    return n;
  }
}
