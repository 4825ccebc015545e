package org.citysim.agents.signal.webster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebsterPlanTest {
  @Test
  void textbookExample_cycle58AndSplitsProportionalToFlowRatios() {
    // L = 16 s, Y = 0.5: C0 = (1.5 * 16 + 5) / (1 - 0.5) = 58 s; g_i = y_i / Y * (58 - 16).
    WebsterPlan p = WebsterPlan.of(new double[] {0.3, 0.2}, 16, 5, 120, 40, 150, 0.95);
    assertEquals(58, p.optimalCycle(), 1e-9);
    assertEquals(58, p.cycle(), 1e-9);
    assertArrayEquals(new double[] {25.2, 16.8}, p.greens(), 1e-6);
    assertEquals(0.5, p.flowRatioSum(), 1e-12);
    assertFalse(p.oversaturated());
  }

  @Test
  void fourStages_matchTheFormula() {
    double[] y = {0.25, 0.05, 0.2, 0.1};
    double lost = 4 * 3;
    WebsterPlan p = WebsterPlan.of(y, lost, 3, 120, 40, 150, 0.95);
    double c0 = (1.5 * lost + 5) / (1 - 0.6);
    assertEquals(57.5, c0, 1e-9);
    assertEquals(c0, p.cycle(), 1e-9);
    for (int i = 0; i < 4; i++) {
      assertEquals(y[i] / 0.6 * (c0 - lost), p.greens()[i], 1e-6, "stage " + i);
    }
  }

  @Test
  void lightTraffic_runsTheShortestCycle() {
    WebsterPlan p = WebsterPlan.of(new double[] {0.1, 0.05}, 8, 7, 120, 40, 150, 0.95);
    assertEquals((1.5 * 8 + 5) / 0.85, p.optimalCycle(), 1e-9);
    assertEquals(40, p.cycle(), 1e-9);
    assertEquals(32, p.greens()[0] + p.greens()[1], 1e-9);
    assertEquals(2, p.greens()[0] / p.greens()[1], 1e-6);
  }

  @Test
  void oversaturation_runsTheLongestCycle() {
    WebsterPlan p = WebsterPlan.of(new double[] {0.6, 0.4}, 8, 7, 120, 40, 150, 0.95);
    assertTrue(p.oversaturated());
    assertEquals(Double.POSITIVE_INFINITY, p.optimalCycle());
    assertEquals(150, p.cycle(), 1e-9);
    assertArrayEquals(new double[] {0.6 * 142, 0.4 * 142}, p.greens(), 1e-6);
    WebsterPlan q = WebsterPlan.of(new double[] {0.5, 0.46}, 8, 7, 120, 40, 150, 0.95);
    assertTrue(q.oversaturated(), "Y = 0.96 is past the 0.95 limit");
  }

  @Test
  void noFlow_givesEqualGreensOnTheShortestCycle() {
    WebsterPlan p = WebsterPlan.of(new double[] {0, 0, 0}, 12, 7, 120, 40, 150, 0.95);
    assertEquals(40, p.cycle(), 1e-9);
    assertArrayEquals(new double[] {28 / 3.0, 28 / 3.0, 28 / 3.0}, p.greens(), 1e-6);
  }

  @Test
  void aStageRaisedToMinimumGreen_takesItFromTheOthersAndKeepsTheCycle() {
    // Y = 0.71, C0 = 17 / 0.29 = 58.6 s: the light stage would get 0.7 s.
    WebsterPlan p = WebsterPlan.of(new double[] {0.7, 0.01}, 8, 7, 60, 40, 150, 0.95);
    double c0 = 17 / 0.29;
    assertEquals(c0, p.cycle(), 1e-9);
    assertArrayEquals(new double[] {c0 - 8 - 7, 7}, p.greens(), 1e-6);
  }

  @Test
  void aStageCappedAtMaximumGreen_shortensTheCycle() {
    WebsterPlan p = WebsterPlan.of(new double[] {0.7, 0.01}, 8, 7, 30, 40, 150, 0.95);
    assertArrayEquals(new double[] {30, 7}, p.greens(), 1e-6);
    assertEquals(45, p.cycle(), 1e-9, "the excess is not handed to the light stage");
  }
}
