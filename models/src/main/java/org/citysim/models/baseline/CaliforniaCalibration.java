package org.citysim.models.baseline;

import org.citysim.models.data.TimeOfDayProfile;
import org.citysim.sim.forecast.SensorDataset;

/**
 * Calibrates the {@link CaliforniaRule} on labelled days: a grid search over T1, T2, T3 and the
 * persistence for the best F1 over the sensor-slots judged (ties keep the first, so the result
 * is deterministic). Traffic engineers tune these thresholds per site from incident logs; the
 * blocked labels of the training days stand in for the logs.
 */
public final class CaliforniaCalibration {
  private CaliforniaCalibration() {}

  static final double[] T1 = {0.02, 0.04, 0.06, 0.08, 0.10, 0.13, 0.16, 0.20, 0.25, 0.30, 0.40};
  static final double[] T2 = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};
  static final double[] T3 = {Double.NEGATIVE_INFINITY, 0.0, 0.1, 0.2, 0.3, 0.4};
  static final int[] PERSISTENCE = {0, 1, 2};

  /**
   * The best rule on {@code days}.
   *
   * @param firstSlot first slot of each day that is judged
   */
  public static CaliforniaRule calibrate(SensorDataset ds, int[] days, int firstSlot,
      TimeOfDayProfile profile) {
    CaliforniaSignals.Day[] sig = new CaliforniaSignals.Day[days.length];
    for (int k = 0; k < days.length; k++) {
      sig[k] = CaliforniaSignals.of(ds, days[k], profile);
    }
    CaliforniaRule best = new CaliforniaRule(T1[0], T2[0], T3[0], PERSISTENCE[0]);
    double bestF1 = -1;
    for (int p : PERSISTENCE) {
      for (double t3 : T3) {
        for (double t2 : T2) {
          for (double t1 : T1) {
            CaliforniaRule r = new CaliforniaRule(t1, t2, t3, p);
            double f1 = f1(r, ds, days, sig, firstSlot);
            if (f1 > bestF1) {
              bestF1 = f1;
              best = r;
            }
          }
        }
      }
    }
    return best;
  }

  private static double f1(CaliforniaRule r, SensorDataset ds, int[] days,
      CaliforniaSignals.Day[] sig, int firstSlot) {
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int k = 0; k < days.length; k++) {
      boolean[][] a = r.alarms(sig[k]);
      boolean[][] b = ds.blocked()[days[k]];
      for (int t = firstSlot; t < a.length; t++) {
        for (int i = 0; i < a[t].length; i++) {
          if (a[t][i] && b[t][i]) {
            tp++;
          } else if (a[t][i]) {
            fp++;
          } else if (b[t][i]) {
            fn++;
          }
        }
      }
    }
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }
}
