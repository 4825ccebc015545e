package org.citysim.agents.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GreensTest {
  @Test
  void fit_keepsProportionsWhenNoBoundIsHit() {
    assertArrayEquals(new double[] {30, 20}, Greens.fit(new double[] {3, 2}, 5, 60, 50), 1e-9);
  }

  @Test
  void fit_givesAClampedStageItsBoundAndTheRestToTheOthers() {
    double[] g = Greens.fit(new double[] {0.5, 0.01, 0.1}, 7, 60, 60);
    assertEquals(7, g[1], 1e-9, "raised to the minimum");
    assertEquals(60, g[0] + g[1] + g[2], 1e-9);
    assertEquals(0.5 / 0.1, g[0] / g[2], 1e-6, "the others keep their proportion");
    double[] h = Greens.fit(new double[] {10, 1}, 5, 40, 60);
    assertArrayEquals(new double[] {40, 20}, h, 1e-9, "capped at the maximum");
  }

  @Test
  void fit_outOfReachTotals_putEveryGreenAtTheNearerBound() {
    assertArrayEquals(new double[] {7, 7, 7}, Greens.fit(new double[] {1, 2, 3}, 7, 30, 10));
    assertArrayEquals(new double[] {30, 30}, Greens.fit(new double[] {1, 2}, 7, 30, 100));
  }

  @Test
  void fit_zeroWeights_shareEqually() {
    assertArrayEquals(new double[] {20, 20}, Greens.fit(new double[] {0, 0}, 5, 60, 40), 1e-6);
  }
}
