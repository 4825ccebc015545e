package org.citysim.models.testing;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.forecast.SensorDataset;
import org.citysim.sim.forecast.SensorDataset.DayInfo;
import org.citysim.sim.forecast.SensorDataset.Feature;
import org.citysim.sim.forecast.SensorDataset.SensorInfo;
import org.citysim.sim.forecast.SensorDataset.Split;

/** Small hand-made data sets for exact tests. */
public final class Datasets {
  private Datasets() {}

  /**
   * A data set from explicit values.
   *
   * @param values     {@code [day][slot][sensor][feature]}
   * @param blocked    {@code [day][slot][sensor]}, or null for none
   * @param splits     per day
   * @param features   the features of the last dimension
   * @param downstream per sensor, its neighbours (null: none)
   */
  public static SensorDataset of(float[][][][] values, boolean[][][] blocked, Split[] splits,
      List<Feature> features, List<List<Integer>> downstream, double interval) {
    int days = values.length;
    int sensors = values[0][0].length;
    if (blocked == null) {
      blocked = new boolean[days][values[0].length][sensors];
    }
    List<SensorInfo> infos = new ArrayList<>();
    for (int i = 0; i < sensors; i++) {
      infos.add(new SensorInfo("loop:s" + i, "s" + i,
          downstream == null ? List.of() : downstream.get(i), 15));
    }
    List<DayInfo> dayInfos = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      dayInfos.add(new DayInfo(d, splits[d], 1, 0, "clear", d));
    }
    return new SensorDataset("hand-made", "f".repeat(64), 1, interval, 0, infos, features,
        dayInfos, values, blocked);
  }

  /** Splits: the first {@code train} days TRAIN, then {@code val} VALIDATION, the rest TEST. */
  public static Split[] splits(int days, int train, int val) {
    Split[] s = new Split[days];
    for (int d = 0; d < days; d++) {
      s[d] = d < train ? Split.TRAIN : d < train + val ? Split.VALIDATION : Split.TEST;
    }
    return s;
  }

  /** One sensor, one feature (FLOW), values from a function of (day, slot). */
  public static float[][][][] series(int days, int slots, java.util.function.IntBinaryOperator f) {
    float[][][][] v = new float[days][slots][1][1];
    for (int d = 0; d < days; d++) {
      for (int t = 0; t < slots; t++) {
        v[d][t][0][0] = f.applyAsInt(d, t);
      }
    }
    return v;
  }
}
