package org.citysim.models.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.citysim.models.data.TimeOfDayProfile;
import org.citysim.models.testing.Datasets;
import org.citysim.sim.forecast.SensorDataset;
import org.citysim.sim.forecast.SensorDataset.Feature;
import org.citysim.sim.forecast.SensorDataset.Split;
import org.junit.jupiter.api.Test;

class BaselinesTest {
  private static final int[] H = {1, 3, 6};

  private static SensorDataset ds(float[][][][] v, int train) {
    return Datasets.of(v, null, Datasets.splits(v.length, train, 0), List.of(Feature.FLOW),
        null, 300);
  }

  private static float[][][] out() {
    return new float[H.length][1][1];
  }

  @Test
  void historicalAverage_onIdenticalDays_isExact() {
    SensorDataset ds = ds(Datasets.series(4, 48, (d, t) -> 100 + 7 * t), 3);
    TimeOfDayProfile p = TimeOfDayProfile.fit(ds, ds.daysOf(Split.TRAIN));
    float[][][] o = out();
    new HistoricalAverage(p).forecast(3, 20, H, o);
    for (int h = 0; h < H.length; h++) {
      assertEquals(100 + 7 * (20 + H[h]), o[h][0][0], 0);
    }
  }

  @Test
  void historicalAverage_isTheMeanOverTrainDaysOnly() {
    // Days 0 and 1 train (values 10 and 30), day 2 test with 1000: HA must be 20.
    SensorDataset ds = ds(Datasets.series(3, 10, (d, t) -> d == 0 ? 10 : d == 1 ? 30 : 1000),
        2);
    TimeOfDayProfile p = TimeOfDayProfile.fit(ds, ds.daysOf(Split.TRAIN));
    float[][][] o = out();
    new HistoricalAverage(p).forecast(2, 2, new int[] {1, 3, 6}, o);
    assertEquals(20, o[0][0][0], 0);
  }

  @Test
  void persistence_onAConstant_isExact_andSkipsMissingLastReadings() {
    float[][][][] v = Datasets.series(2, 30, (d, t) -> 42);
    v[1][10][0][0] = Float.NaN; // the last reading is missing: the one before counts
    SensorDataset ds = ds(v, 1);
    TimeOfDayProfile p = TimeOfDayProfile.fit(ds, ds.daysOf(Split.TRAIN));
    float[][][] o = out();
    new Persistence(ds, 12, p).forecast(1, 10, H, o);
    for (int h = 0; h < H.length; h++) {
      assertEquals(42, o[h][0][0], 0);
    }
  }

  @Test
  void persistence_withTheWholeWindowMissing_fallsBackToTheProfile() {
    float[][][][] v = Datasets.series(2, 30, (d, t) -> d == 0 ? 5 : 9);
    for (int t = 0; t <= 10; t++) {
      v[1][t][0][0] = Float.NaN;
    }
    SensorDataset ds = ds(v, 1);
    TimeOfDayProfile p = TimeOfDayProfile.fit(ds, ds.daysOf(Split.TRAIN));
    float[][][] o = out();
    new Persistence(ds, 4, p).forecast(1, 10, H, o);
    assertEquals(5, o[0][0][0], 0);
  }

  @Test
  void seasonalNaive_onADailyPeriodicSeries_isExact() {
    // Each day repeats the same shape scaled by the day number; the forecast is yesterday's.
    SensorDataset ds = ds(Datasets.series(3, 40, (d, t) -> (d + 1) * (t % 7)), 2);
    TimeOfDayProfile p = TimeOfDayProfile.fit(ds, ds.daysOf(Split.TRAIN));
    float[][][] o = out();
    new SeasonalNaive(ds, p).forecast(2, 15, H, o);
    for (int h = 0; h < H.length; h++) {
      assertEquals(2 * ((15 + H[h]) % 7), o[h][0][0], 0);
    }
  }

  @Test
  void seasonalNaive_onTheFirstDay_fallsBackToTheProfile() {
    SensorDataset ds = ds(Datasets.series(2, 20, (d, t) -> 3 + d), 1);
    TimeOfDayProfile p = TimeOfDayProfile.fit(ds, ds.daysOf(Split.TRAIN));
    float[][][] o = out();
    new SeasonalNaive(ds, p).forecast(0, 5, H, o);
    assertEquals(3, o[2][0][0], 0);
  }
}
