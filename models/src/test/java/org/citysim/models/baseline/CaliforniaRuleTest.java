package org.citysim.models.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citysim.models.data.TimeOfDayProfile;
import org.citysim.models.testing.Datasets;
import org.citysim.sim.forecast.SensorDataset;
import org.citysim.sim.forecast.SensorDataset.Feature;
import org.junit.jupiter.api.Test;

class CaliforniaRuleTest {

  /**
   * Two sensors, 0 upstream of 1, occupancy only; {@code up} and {@code down} per slot. Day 0
   * is a copy of day 1 for the profile.
   */
  private static SensorDataset pair(float[] up, float[] down, boolean[] blocked) {
    int slots = up.length;
    float[][][][] v = new float[2][slots][2][1];
    boolean[][][] b = new boolean[2][slots][2];
    for (int d = 0; d < 2; d++) {
      for (int t = 0; t < slots; t++) {
        v[d][t][0][0] = up[t];
        v[d][t][1][0] = down[t];
        b[d][t][0] = blocked != null && blocked[t];
      }
    }
    return Datasets.of(v, b, Datasets.splits(2, 1, 0), List.of(Feature.OCCUPANCY),
        List.of(List.of(1), List.of()), 60);
  }

  private static CaliforniaSignals.Day signals(SensorDataset ds) {
    return CaliforniaSignals.of(ds, 1, TimeOfDayProfile.fit(ds, new int[] {0}));
  }

  @Test
  void signals_areOccdfOccrdfAndDocctd_asDefined() {
    float[] up = {0.10f, 0.10f, 0.40f, 0.50f};
    float[] down = {0.10f, 0.10f, 0.05f, 0.04f};
    CaliforniaSignals.Day s = signals(pair(up, down, null));
    assertEquals(0.50f - 0.04f, s.occdf()[3][0], 1e-6);
    assertEquals((0.50f - 0.04f) / 0.50f, s.occrdf()[3][0], 1e-6);
    // DOCCTD(t=3) = (down(1) - down(3)) / down(1)
    assertEquals((0.10f - 0.04f) / 0.10f, s.docctd()[3][0], 1e-6);
    assertEquals(0, s.docctd()[1][0], 0); // fewer than two slots back
    assertTrue(s.hasNeighbours()[0]);
    assertFalse(s.hasNeighbours()[1]);
  }

  @Test
  void missingOccupancy_isCarriedForward() {
    float[] up = {0.10f, 0.30f, Float.NaN, Float.NaN};
    float[] down = {0.10f, 0.10f, 0.10f, 0.10f};
    CaliforniaSignals.Day s = signals(pair(up, down, null));
    assertEquals(0.30f - 0.10f, s.occdf()[3][0], 1e-6);
  }

  @Test
  void declaresAfterPersistence_staysWhileOccrdfHolds_andSensorWithoutNeighboursNeverAlarms() {
    //            slot 0      1      2      3      4      5      6
    float[] up = {0.10f, 0.10f, 0.40f, 0.45f, 0.45f, 0.12f, 0.10f};
    float[] down = {0.10f, 0.10f, 0.05f, 0.05f, 0.05f, 0.10f, 0.10f};
    SensorDataset ds = pair(up, down, null);
    CaliforniaSignals.Day s = signals(ds);
    // tests pass at slot 2 (OCCDF .35, OCCRDF .875, DOCCTD .5); OCCRDF stays high to slot 4
    CaliforniaRule immediate = new CaliforniaRule(0.2, 0.5, 0.3, 0);
    CaliforniaRule persistent = new CaliforniaRule(0.2, 0.5, 0.3, 1);
    boolean[][] a0 = immediate.alarms(s);
    boolean[][] a1 = persistent.alarms(s);
    assertArrayEquals(new boolean[] {false, false, true, true, true, false, false}, column(a0));
    assertArrayEquals(new boolean[] {false, false, false, true, true, false, false},
        column(a1));
    for (boolean[] row : a0) {
      assertFalse(row[1], "sensor 1 has no downstream neighbour");
    }
  }

  @Test
  void docctdTest_suppressesAQueueThatDidNotEmptyTheRoadDownstream() {
    // Upstream high against downstream, but downstream did not drop: a standing queue.
    float[] up = {0.40f, 0.40f, 0.40f, 0.40f};
    float[] down = {0.10f, 0.10f, 0.10f, 0.10f};
    CaliforniaSignals.Day s = signals(pair(up, down, null));
    assertFalse(new CaliforniaRule(0.2, 0.5, 0.2, 0).alarms(s)[3][0]);
    assertTrue(new CaliforniaRule(0.2, 0.5, Double.NEGATIVE_INFINITY, 0).alarms(s)[3][0]);
  }

  @Test
  void calibration_findsThresholdsThatSeparateAConstructedIncident() {
    float[] up = new float[40];
    float[] down = new float[40];
    boolean[] blocked = new boolean[40];
    for (int t = 0; t < 40; t++) {
      up[t] = 0.10f + 0.01f * (t % 3);
      down[t] = 0.10f;
      if (t >= 20 && t < 26) {
        up[t] = 0.50f;
        down[t] = 0.03f;
        blocked[t] = true;
      }
    }
    SensorDataset ds = pair(up, down, blocked);
    CaliforniaRule r = CaliforniaCalibration.calibrate(ds, new int[] {0}, 2,
        TimeOfDayProfile.fit(ds, new int[] {0}));
    boolean[][] a = r.alarms(signals(ds));
    assertArrayEquals(blocked, column(a), r.describe());
  }

  @Test
  void withoutOccupancy_theRuleRefusesWithAHint() {
    SensorDataset ds = Datasets.of(Datasets.series(2, 5, (d, t) -> 1), null,
        Datasets.splits(2, 1, 0), List.of(Feature.FLOW), null, 60);
    var e = assertThrows(IllegalArgumentException.class,
        () -> CaliforniaSignals.of(ds, 0, TimeOfDayProfile.fit(ds, new int[] {0})));
    assertTrue(e.getMessage().contains("OCCUPANCY"), e.getMessage());
  }

  private static boolean[] column(boolean[][] a) {
    boolean[] c = new boolean[a.length];
    for (int t = 0; t < a.length; t++) {
      c[t] = a[t][0];
    }
    return c;
  }
}
