package org.citysim.models.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.citysim.models.testing.Datasets;
import org.citysim.sim.forecast.SensorDataset;
import org.citysim.sim.forecast.SensorDataset.Feature;
import org.citysim.sim.forecast.SensorDataset.Split;
import org.junit.jupiter.api.Test;

class WindowEncoderTest {
  private static final int H = 4;

  /** Two sensors (0 -> 1), FLOW only, 10 slots of 15 min; day 0 train (flat 100 and 200). */
  private final SensorDataset ds = Datasets.of(twoSensors(), null, Datasets.splits(2, 1, 0),
      List.of(Feature.FLOW), List.of(List.of(1), List.of()), 900);
  private final Standardization norm = new Standardization(new double[][] {{100}, {200}},
      new double[][] {{10}, {20}});
  private final TimeOfDayProfile profile = TimeOfDayProfile.fit(ds, ds.daysOf(Split.TRAIN));

  private static float[][][][] twoSensors() {
    float[][][][] v = new float[2][10][2][1];
    for (int t = 0; t < 10; t++) {
      v[0][t][0][0] = 100;
      v[0][t][1][0] = 200;
      v[1][t][0][0] = 100 + 10 * t; // rising: residual t standard deviations
      v[1][t][1][0] = 240; // residual 2
    }
    v[1][4][0][0] = Float.NaN;
    v[1][5][0][0] = Float.NaN;
    return v;
  }

  private WindowEncoder encoder(WindowEncoder.Layout layout) {
    return new WindowEncoder(layout, H, new int[] {1, 2}, norm, profile,
        List.of(List.of(1), List.of()), 900, 0);
  }

  private float ch(float[] x, int row, int channel, int step, WindowEncoder e) {
    return x[(row * e.channels() + channel) * H + step];
  }

  @Test
  void sizes_perSensorAndJoint() {
    // per sensor: residual, mask, usual, downstream, upstream, all sensors (1 each), 2 target
    // levels, sin, cos
    assertEquals(6 + 2 + 2, encoder(WindowEncoder.Layout.PER_SENSOR).channels());
    assertEquals(2, encoder(WindowEncoder.Layout.PER_SENSOR).outputs());
    assertEquals(2, encoder(WindowEncoder.Layout.PER_SENSOR).rowsPerWindow());
    // joint: per sensor residual, mask, usual, 2 target levels; then sin, cos once
    assertEquals(2 * 5 + 2, encoder(WindowEncoder.Layout.JOINT).channels());
    assertEquals(4, encoder(WindowEncoder.Layout.JOINT).outputs());
    assertEquals(1, encoder(WindowEncoder.Layout.JOINT).rowsPerWindow());
  }

  @Test
  void missingReadings_carryTheLastResidualForward_andAreMasked() {
    WindowEncoder e = encoder(WindowEncoder.Layout.PER_SENSOR);
    float[][][] res = e.residuals(java.util.Arrays.copyOfRange(ds.values()[1], 3, 7), 3);
    float[] x = new float[2 * e.channels() * H];
    e.encode(res, 6, x, 0, -1);
    // sensor 0, slots 3..6: residuals 3, (3), (3), 6; mask 1 0 0 1
    float[] r = {ch(x, 0, 0, 0, e), ch(x, 0, 0, 1, e), ch(x, 0, 0, 2, e), ch(x, 0, 0, 3, e)};
    float[] m = {ch(x, 0, 1, 0, e), ch(x, 0, 1, 1, e), ch(x, 0, 1, 2, e), ch(x, 0, 1, 3, e)};
    assertEquals(List.of(3f, 3f, 3f, 6f), List.of(r[0], r[1], r[2], r[3]));
    assertEquals(List.of(1f, 0f, 0f, 1f), List.of(m[0], m[1], m[2], m[3]));
    // usual level of sensor 0 is its mean: 0 on the z scale
    assertEquals(0, ch(x, 0, 2, 0, e), 1e-6);
    // downstream neighbour's residual (sensor 1: +2 sd)
    assertEquals(2, ch(x, 0, 3, 2, e), 1e-6);
    // sensor 1 (row 1) has no downstream neighbour: 0
    assertEquals(0, ch(x, 1, 3, 2, e), 0);
    // upstream: sensor 0 lists sensor 1 downstream, so it is sensor 1's upstream neighbour
    assertEquals(0, ch(x, 0, 4, 3, e), 0);
    assertEquals(6, ch(x, 1, 4, 3, e), 1e-6);
    // all sensors: the mean of 6 and 2 at the last step
    assertEquals(4, ch(x, 0, 5, 3, e), 1e-6);
    assertEquals(4, ch(x, 1, 5, 3, e), 1e-6);
  }

  @Test
  void aWindowStartingWithGaps_usesTheUsualLevel() {
    WindowEncoder e = encoder(WindowEncoder.Layout.PER_SENSOR);
    float[][][] res = e.residuals(java.util.Arrays.copyOfRange(ds.values()[1], 4, 8), 4);
    float[] x = new float[2 * e.channels() * H];
    e.encode(res, 7, x, 0, 0);
    assertEquals(0, ch(x, 0, 0, 0, e), 0);
    assertEquals(0, ch(x, 0, 1, 0, e), 0);
    assertEquals(6, ch(x, 0, 0, 2, e), 1e-6);
  }

  @Test
  void timeChannels_areSinAndCosOfTheEndOfEachSlot() {
    WindowEncoder e = encoder(WindowEncoder.Layout.PER_SENSOR);
    float[][][] res = e.residuals(java.util.Arrays.copyOfRange(ds.values()[1], 0, 4), 0);
    float[] x = new float[2 * e.channels() * H];
    e.encode(res, 3, x, 0, -1);
    double end = 4 * 900; // end of slot 3
    assertEquals(Math.sin(2 * Math.PI * end / 86400), ch(x, 0, e.channels() - 2, 3, e), 1e-6);
    assertEquals(Math.cos(2 * Math.PI * end / 86400), ch(x, 0, e.channels() - 1, 3, e), 1e-6);
  }

  @Test
  void targetAndReading_areInverse() {
    WindowEncoder e = encoder(WindowEncoder.Layout.JOINT);
    float z = e.target(130, 5, 0, 0);
    assertEquals(3, z, 1e-6);
    assertEquals(130, e.reading(z, 5, 0, 0), 1e-4);
    assertEquals(Float.NaN, e.target(Float.NaN, 5, 0, 0));
  }

  @Test
  void standardization_isFittedOnTheGivenDaysOnly() {
    Standardization s = Standardization.fit(ds, ds.daysOf(Split.TRAIN));
    assertEquals(100, s.mean()[0][0], 1e-9);
    assertEquals(1, s.std()[0][0], 0, "a constant series gets std 1");
    Standardization all = Standardization.fit(ds, new int[] {0, 1});
    assertEquals((100 * 10 + (100 * 8 + 10 * (0 + 1 + 2 + 3 + 6 + 7 + 8 + 9))) / 18.0,
        all.mean()[0][0], 1e-9);
  }

  @Test
  void windows_stayInsideDays_andEveryNthKeepsMultiples() {
    WindowSet w = WindowSet.of(ds, new int[] {0, 1}, H, 2);
    assertEquals(2 * (10 - H - 2 + 1), w.size());
    assertEquals(H - 1, w.lastSlot()[0]);
    assertEquals(10 - 1 - 2, w.lastSlot()[w.size() - 1]);
    WindowSet every2 = w.every(2);
    for (int t : every2.lastSlot()) {
      assertEquals(0, t % 2);
    }
    assertEquals(4, every2.size());
  }
}
