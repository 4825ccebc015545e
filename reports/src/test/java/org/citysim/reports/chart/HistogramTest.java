package org.citysim.reports.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HistogramTest {
  @Test
  void niceCeil_picksOneTwoOrFiveTimesPowerOfTen() {
    assertEquals(1.0, Histogram.niceCeil(0.8));
    assertEquals(2.0, Histogram.niceCeil(1.01));
    assertEquals(5.0, Histogram.niceCeil(3));
    assertEquals(10.0, Histogram.niceCeil(5.5));
    assertEquals(0.5, Histogram.niceCeil(0.3), 1e-12);
  }

  @Test
  void of_binsFromZeroWithNiceWidthAndCountsEveryValue() {
    double[] v = {0.0, 1.0, 9.9, 10.0, 29.0, 59.9, Double.NaN};
    Histogram h = Histogram.of(v, 30);
    assertEquals(0.0, h.lower());
    assertEquals(2.0, h.width()); // 59.9 / 30 = 1.997 -> 2
    assertEquals(30, h.counts().length);
    assertEquals(6, h.total(), "NaN skipped");
    assertEquals(2, h.counts()[0]); // 0.0 and 1.0
    assertEquals(1, h.counts()[4]); // 9.9
    assertEquals(1, h.counts()[5]); // 10.0
    assertEquals(1, h.counts()[29]); // 59.9
  }

  @Test
  void of_maxOnBinEdgeStaysWithinMaxBins() {
    Histogram h = Histogram.of(new double[] {0, 60}, 30);
    assertTrue(h.counts().length <= 30);
    assertEquals(2, h.total());
  }

  @Test
  void of_noValuesGivesNoBins() {
    Histogram h = Histogram.of(new double[] {Double.NaN}, 30);
    assertArrayEquals(new long[0], h.counts());
    assertEquals(0, h.total());
  }

  @Test
  void of_allEqualValuesGiveOneNonEmptyBin() {
    Histogram h = Histogram.of(new double[] {5, 5, 5}, 30);
    assertEquals(3, h.total());
    assertTrue(h.width() > 0);
  }
}
