package org.citysim.app.sweep.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.citysim.reports.sweep.KpiStats;
import org.junit.jupiter.api.Test;

class KpiStatisticsTest {
  @Test
  void studentInterval_matchesTheHandComputedOne() {
    // 1..5: mean 3, s = sqrt(2.5) = 1.5811, s / sqrt(5) = 0.70711, t(0.975, 4) = 2.7764.
    KpiStats s = KpiStatistics.of(new double[] {4, 2, 5, 1, 3});
    assertEquals(5, s.n());
    assertEquals(3.0, s.mean(), 1e-12);
    assertEquals(Math.sqrt(2.5), s.sd(), 1e-12);
    assertEquals(3 - 2.7764 * 0.70711, s.ciLow(), 1e-3);
    assertEquals(3 + 2.7764 * 0.70711, s.ciHigh(), 1e-3);
  }

  @Test
  void oneValue_hasAMeanButNoSpread_noneHasNothing() {
    KpiStats one = KpiStatistics.of(new double[] {7});
    assertEquals(1, one.n());
    assertEquals(7.0, one.mean());
    assertTrue(Double.isNaN(one.sd()) && Double.isNaN(one.ciLow()) && Double.isNaN(one.ciHigh()));
    assertTrue(Double.isNaN(KpiStatistics.of(new double[0]).mean()));
  }
}
