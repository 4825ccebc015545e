package org.citysim.sim.metrics;

import org.citysim.sim.sensor.SensorOutputs;
import org.citysim.sim.sensor.SensorOutputs.CameraInterval;

/**
 * The camera KPIs ({@code cameras.*} in {@link KpiKeys}) of a run, over the intervals the
 * cameras reported (dropped intervals only count in {@code cameras.droppedReadings}).
 */
public final class CameraKpis {
  private CameraKpis() {}

  /** Adds the camera KPIs to {@code kpis}; nothing when the run had no cameras. */
  public static Kpis addTo(Kpis kpis, SensorOutputs outputs) {
    if (outputs.cameras().isEmpty()) {
      return kpis;
    }
    long readings = 0;
    long dropped = 0;
    long truth = 0;
    long observed = 0;
    long truePositives = 0;
    long correct = 0;
    double apeSum = 0;
    long apeCount = 0;
    for (CameraInterval c : outputs.cameras()) {
      if (!c.valid()) {
        dropped++;
        continue;
      }
      readings++;
      int t = c.truth().total();
      int o = c.observed().total();
      truth += t;
      observed += o;
      truePositives += c.truePositives();
      correct += c.correctClass();
      if (t > 0) {
        apeSum += Math.abs(o - t) / (double) t;
        apeCount++;
      }
    }
    return kpis
        .put(KpiKeys.CAMERA_MAPE, apeCount == 0 ? Double.NaN : 100 * apeSum / apeCount)
        .put(KpiKeys.CAMERA_BIAS, truth == 0 ? Double.NaN : 100.0 * (observed - truth) / truth)
        .put(KpiKeys.CAMERA_RECALL, ratio(truePositives, truth))
        .put(KpiKeys.CAMERA_PRECISION, ratio(truePositives, observed))
        .put(KpiKeys.CAMERA_CLASS_ACCURACY, ratio(correct, truePositives))
        .put(KpiKeys.CAMERA_READINGS, readings)
        .put(KpiKeys.CAMERA_DROPPED, dropped);
  }

  private static double ratio(long a, long b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }
}
