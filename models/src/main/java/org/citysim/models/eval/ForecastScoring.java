package org.citysim.models.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.citysim.models.data.WindowSet;
import org.citysim.sim.forecast.SensorDataset;

/** Builds an {@link EvaluationTable} from forecasts of several methods over the same windows. */
public final class ForecastScoring {
  private ForecastScoring() {}

  /** Forecasts of one method for window {@code w}: {@code out[h][sensor][feature]}. */
  @FunctionalInterface
  public interface Method {
    void forecast(int w, float[][][] out);
  }

  /**
   * Scores each method on every window, sensor, feature and horizon whose true reading is
   * finite and not zero.
   *
   * @param methods      name to method, in the table's order
   * @param horizonSlots slots ahead of the window's last slot
   * @param interval     slot length [s], for the horizons in the table
   */
  public static EvaluationTable score(SensorDataset ds, WindowSet windows, int[] horizonSlots,
      double interval, Map<String, Method> methods) {
    int n = ds.sensors().size();
    int nf = ds.features().size();
    int nh = horizonSlots.length;
    List<EvaluationTable.Row> rows = new ArrayList<>();
    float[][][] out = new float[nh][n][nf];
    ErrorAccumulator[][][] acc = new ErrorAccumulator[methods.size()][nf][nh];
    int m = 0;
    for (Method method : methods.values()) {
      for (int f = 0; f < nf; f++) {
        for (int h = 0; h < nh; h++) {
          acc[m][f][h] = new ErrorAccumulator();
        }
      }
      for (int w = 0; w < windows.size(); w++) {
        for (float[][] o : out) {
          for (float[] oo : o) {
            Arrays.fill(oo, Float.NaN);
          }
        }
        method.forecast(w, out);
        float[][][] day = ds.values()[windows.day()[w]];
        for (int h = 0; h < nh; h++) {
          float[][] truth = day[windows.lastSlot()[w] + horizonSlots[h]];
          for (int i = 0; i < n; i++) {
            for (int f = 0; f < nf; f++) {
              acc[m][f][h].add(truth[i][f], out[h][i][f]);
            }
          }
        }
      }
      m++;
    }
    List<String> names = new ArrayList<>(methods.keySet());
    for (int f = 0; f < nf; f++) {
      for (int k = 0; k < names.size(); k++) {
        for (int h = 0; h < nh; h++) {
          ErrorAccumulator a = acc[k][f][h];
          rows.add(new EvaluationTable.Row(names.get(k), ds.features().get(f).name(),
              horizonSlots[h] * interval, a.mae(), a.rmse(), a.mape(), a.count()));
        }
      }
    }
    return new EvaluationTable(Arrays.stream(windows.days()).boxed().toList(), rows);
  }
}
