package org.citysim.sim.sensor;

/**
 * Per-vehicle detection rates of a camera in one condition, before occlusion.
 *
 * @param recall    share of the vehicles crossing the stop line that the camera detects (0..1]
 * @param precision share of the camera's detections that are real vehicles (0..1]; the rest are
 *                  false positives
 */
public record Detection(double recall, double precision) {
  public Detection {
    if (!(recall > 0 && recall <= 1) || !(precision > 0 && precision <= 1)) {
      throw new IllegalArgumentException("recall and precision must be in (0, 1], got "
          + recall + " and " + precision);
    }
  }

  /**
   * Expected false positives per true positive, {@code (1 - precision) / precision}: with false
   * positives at this rate, the expected share of true detections among all detections is the
   * precision.
   */
  public double falsePositivesPerDetection() {
    return (1 - precision) / precision;
  }
}
