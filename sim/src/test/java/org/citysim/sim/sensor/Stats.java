package org.citysim.sim.sensor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citysim.sim.sensor.SensorOutputs.CameraInterval;

/** Statistical assertions and sums over camera intervals for the sensor tests. */
final class Stats {
  /** Standard errors a statistic may stray from its expectation (false alarm about 6e-5). */
  static final double Z = 4;

  private Stats() {}

  /** Asserts |observed - expected| <= Z * sd. */
  static void near(double observed, double expected, double sd, String what) {
    assertTrue(Math.abs(observed - expected) <= Z * sd, () -> what + ": observed " + observed
        + ", expected " + expected + " +- " + Z + " x " + sd);
  }

  static long truth(List<CameraInterval> in) {
    return in.stream().mapToLong(c -> c.truth().total()).sum();
  }

  static long truePositives(List<CameraInterval> in) {
    return in.stream().mapToLong(CameraInterval::truePositives).sum();
  }

  static long falsePositives(List<CameraInterval> in) {
    return in.stream().mapToLong(CameraInterval::falsePositives).sum();
  }

  static long observed(List<CameraInterval> in) {
    return in.stream().mapToLong(c -> c.observed().total()).sum();
  }

  static long truth(List<CameraInterval> in, VehicleClass v) {
    return in.stream().mapToLong(c -> c.truth().get(v)).sum();
  }

  static long observed(List<CameraInterval> in, VehicleClass v) {
    return in.stream().mapToLong(c -> c.observed().get(v)).sum();
  }
}
