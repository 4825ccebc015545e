package org.citysim.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LevelOfServiceTest {
  @Test
  void hcmSignalisedThresholds_upperBoundBelongsToTheBetterLevel() {
    double[][] cases = {{0, 0}, {10, 0}, {10.001, 1}, {20, 1}, {20.001, 2}, {35, 2},
        {35.001, 3}, {55, 3}, {55.001, 4}, {80, 4}, {80.001, 5}, {1e6, 5}};
    for (double[] c : cases) {
      assertEquals(LevelOfService.values()[(int) c[1]], LevelOfService.ofControlDelay(c[0]),
          "delay " + c[0]);
    }
  }

  @Test
  void maxDelays_areTheHcmTable() {
    assertEquals(10, LevelOfService.A.maxDelay());
    assertEquals(20, LevelOfService.B.maxDelay());
    assertEquals(35, LevelOfService.C.maxDelay());
    assertEquals(55, LevelOfService.D.maxDelay());
    assertEquals(80, LevelOfService.E.maxDelay());
    assertEquals(Double.POSITIVE_INFINITY, LevelOfService.F.maxDelay());
  }

  @Test
  void noVehicles_noLevel_andNegativeDelayIsABug() {
    assertNull(LevelOfService.ofControlDelay(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> LevelOfService.ofControlDelay(-1));
  }
}
