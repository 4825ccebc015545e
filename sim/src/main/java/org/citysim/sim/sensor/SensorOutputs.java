package org.citysim.sim.sensor;

import java.util.List;
import java.util.Objects;

/**
 * What the cameras of a run saw next to what there was: one record per camera and closed
 * aggregation interval. Loops are not listed: they count every vehicle.
 *
 * @param cameras per camera and interval, ordered by link (network order) then time
 */
public record SensorOutputs(List<CameraInterval> cameras) {
  public SensorOutputs {
    cameras = List.copyOf(cameras);
  }

  /** No cameras. */
  public static SensorOutputs none() {
    return new SensorOutputs(List.of());
  }

  /**
   * One camera's interval.
   *
   * @param link          id of the watched link
   * @param from          interval start [s since midnight]
   * @param to            interval end [s since midnight]
   * @param condition     the condition governing the camera at the middle of the interval
   * @param valid         false when the camera dropped out: it reported nothing, and the
   *                      observed counts are what it would have reported
   * @param truth         vehicles that crossed the stop line, by true class [veh]
   * @param observed      vehicles the camera reported, by reported class [veh]: true positives
   *                      and false positives
   * @param truePositives detections of real vehicles [veh]
   * @param correctClass  true positives reported with their true class [veh]
   * @param falsePositives detections of vehicles that were not there [veh]
   */
  public record CameraInterval(String link, double from, double to, Condition condition,
      boolean valid, ClassCounts truth, ClassCounts observed, int truePositives,
      int correctClass, int falsePositives) {
    public CameraInterval {
      Objects.requireNonNull(link, "link");
      Objects.requireNonNull(condition, "condition");
      Objects.requireNonNull(truth, "truth");
      Objects.requireNonNull(observed, "observed");
      if (observed.total() != truePositives + falsePositives || correctClass > truePositives
          || truePositives > truth.total()) {
        throw new IllegalArgumentException("inconsistent camera counts at " + link);
      }
    }
  }

  /**
   * Vehicle counts by class.
   *
   * @param car   cars [veh]
   * @param bus   buses [veh]
   * @param truck trucks [veh]
   */
  public record ClassCounts(int car, int bus, int truck) {
    public ClassCounts {
      if (car < 0 || bus < 0 || truck < 0) {
        throw new IllegalArgumentException("counts must be >= 0");
      }
    }

    /** The counts of an array indexed by {@link VehicleClass#ordinal()}. */
    public static ClassCounts of(int[] byClass) {
      return new ClassCounts(byClass[0], byClass[1], byClass[2]);
    }

    /** The count of {@code c}. */
    public int get(VehicleClass c) {
      return switch (c) {
        case CAR -> car;
        case BUS -> bus;
        case TRUCK -> truck;
      };
    }

    /** All classes together [veh]. */
    public int total() {
      return car + bus + truck;
    }
  }
}
