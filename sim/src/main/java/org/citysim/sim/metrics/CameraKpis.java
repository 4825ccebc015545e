package org.citysim.sim.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citysim.sim.sensor.SensorOutputs;
import org.citysim.sim.sensor.SensorOutputs.CameraInterval;

/**
 * The camera KPIs ({@code cameras.*} in {@link KpiKeys}) of a run, over the intervals the
 * cameras reported (dropped intervals only count in {@code cameras.droppedReadings}).
 */
public final class CameraKpis {
  private CameraKpis() {}

  /**
   * How well one camera, or all together, counted.
   *
   * @param link            the camera's link, or "all"
   * @param readings        intervals reported [intervals]
   * @param dropped         intervals lost to dropouts [intervals]
   * @param truth           vehicles that crossed in the reported intervals [veh]
   * @param observed        vehicles reported in them [veh]
   * @param recall          true positives over {@code truth} [0..1]; NaN without traffic
   * @param precision       true positives over {@code observed} [0..1]; NaN without detections
   * @param classAccuracy   share of true positives reported with their true class [0..1]
   * @param mape            mean absolute percentage error of the interval counts, over reported
   *                        intervals with traffic [%]; NaN if there are none
   * @param bias            {@code (observed - truth) / truth} [%]
   */
  public record Summary(String link, long readings, long dropped, long truth, long observed,
      double recall, double precision, double classAccuracy, double mape, double bias) {}

  /** Adds the camera KPIs to {@code kpis}; nothing when the run had no cameras. */
  public static Kpis addTo(Kpis kpis, SensorOutputs outputs) {
    if (outputs.cameras().isEmpty()) {
      return kpis;
    }
    Summary s = summarise("all", outputs.cameras());
    return kpis
        .put(KpiKeys.CAMERA_MAPE, s.mape())
        .put(KpiKeys.CAMERA_BIAS, s.bias())
        .put(KpiKeys.CAMERA_RECALL, s.recall())
        .put(KpiKeys.CAMERA_PRECISION, s.precision())
        .put(KpiKeys.CAMERA_CLASS_ACCURACY, s.classAccuracy())
        .put(KpiKeys.CAMERA_READINGS, s.readings())
        .put(KpiKeys.CAMERA_DROPPED, s.dropped());
  }

  /** One summary per camera, in the order of {@code outputs}. */
  public static List<Summary> perCamera(SensorOutputs outputs) {
    Map<String, List<CameraInterval>> byLink = new LinkedHashMap<>();
    for (CameraInterval c : outputs.cameras()) {
      byLink.computeIfAbsent(c.link(), k -> new ArrayList<>()).add(c);
    }
    List<Summary> out = new ArrayList<>();
    byLink.forEach((link, in) -> out.add(summarise(link, in)));
    return out;
  }

  /** The summary of {@code intervals} under the name {@code link}. */
  public static Summary summarise(String link, List<CameraInterval> intervals) {
    long readings = 0;
    long dropped = 0;
    long truth = 0;
    long observed = 0;
    long truePositives = 0;
    long correct = 0;
    double apeSum = 0;
    long apeCount = 0;
    for (CameraInterval c : intervals) {
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
    return new Summary(link, readings, dropped, truth, observed, ratio(truePositives, truth),
        ratio(truePositives, observed), ratio(correct, truePositives),
        apeCount == 0 ? Double.NaN : 100 * apeSum / apeCount,
        truth == 0 ? Double.NaN : 100.0 * (observed - truth) / truth);
  }

  private static double ratio(long a, long b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }
}
