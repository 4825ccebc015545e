package org.citysim.sim.sensor;

import java.util.Objects;

/**
 * How a camera with a YOLO-style vision detector errs, per vehicle crossing its stop line.
 *
 * <p>Defaults ({@link #defaults()}) follow the suggested parameters of the project's reference
 * notes ({@code domain-models.md}, section 5), which are <b>recalled figures, not checked
 * against a source</b>: recall/precision 0.95/0.95 by day in clear weather, 0.88/0.92 at night,
 * 0.82/0.90 in rain, 0.70/0.85 in fog or snow, and recall times {@code 1 - 0.3 * occupancy} for
 * occlusion. Checked figures they are consistent with:
 * <ul>
 *   <li>visible-spectrum vehicle miss rates of 0-3.6 % by day and 3.9-4.8 % at night (Fu et al.
 *       2017, J. Adv. Transp. 5142732): day recall about 0.96-1.0, so 0.95 is slightly
 *       pessimistic, and 0.88 at night more so;</li>
 *   <li>YOLOv3 counting on highway video with an average correct rate of 93.2 %, 83-100 % per
 *       class and direction (Song et al. 2019, ETRR 11:51, doi 10.1186/s12544-019-0390-4);</li>
 *   <li>YOLOv5/v8 mAP50 of 60-77 % on adverse weather (DAWN: fog, rain, snow, sand) and 40-57 %
 *       on Foggy Driving (CMC 2024), so fog recall 0.70 is in range;</li>
 *   <li>UA-DETRAC (Wen et al., CVIU 2020, arXiv:1511.04136) labels illumination and weather
 *       (cloudy, night, rainy, sunny); rain is its hardest condition.</li>
 * </ul>
 * The fleet mix and the confusion matrix are assumptions of ours, with the confusion matrix's
 * diagonal (0.98, 0.92, 0.88) inside Song et al.'s 83-100 % per-class correct rates. See
 * {@code docs/sensors.md}.
 *
 * @param day            rates by day in clear weather
 * @param night          rates at night (clear weather)
 * @param rain           rates in rain
 * @param fog            rates in fog (or snow)
 * @param occlusion      recall is multiplied by {@code 1 - occlusion * occupancy}, occupancy
 *                       being the vehicles on the watched link over its storage [0..1]
 * @param falsePositives whether the camera reports false positives: per interval a Poisson
 *                       number with mean {@code TP * (1 - precision) / precision}, summed over
 *                       its true detections; false makes a camera that only misses
 * @param latency        a reading becomes visible this long after its interval closes [s]
 * @param fleet          true class shares of the vehicles (each vehicle's class is fixed for
 *                       the run)
 * @param confusion      reported class shares given the true class (rows of the confusion
 *                       matrix)
 */
public record CameraModel(Detection day, Detection night, Detection rain, Detection fog,
    double occlusion, boolean falsePositives, double latency, ClassMix fleet,
    Confusion confusion) {

  public CameraModel {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(night, "night");
    Objects.requireNonNull(rain, "rain");
    Objects.requireNonNull(fog, "fog");
    Objects.requireNonNull(fleet, "fleet");
    Objects.requireNonNull(confusion, "confusion");
    if (!(occlusion >= 0 && occlusion <= 1)) {
      throw new IllegalArgumentException("occlusion must be in [0, 1], got " + occlusion);
    }
    if (!(latency >= 0) || Double.isInfinite(latency)) {
      throw new IllegalArgumentException("latency must be >= 0 and finite, got " + latency);
    }
  }

  /** The defaults (see the class comment for where they come from). */
  public static CameraModel defaults() {
    return new CameraModel(
        new Detection(0.95, 0.95),
        new Detection(0.88, 0.92),
        new Detection(0.82, 0.90),
        new Detection(0.70, 0.85),
        0.3, true, 0,
        new ClassMix(0.90, 0.03, 0.07),
        Confusion.defaults());
  }

  /** The rates in {@code c}. */
  public Detection in(Condition c) {
    return switch (c) {
      case DAY -> day;
      case NIGHT -> night;
      case RAIN -> rain;
      case FOG -> fog;
    };
  }

  /**
   * Recall in {@code c} at {@code occupancy} (vehicles on the link over its storage; values
   * above 1 count as 1).
   */
  public double recall(Condition c, double occupancy) {
    double occ = Math.max(0, Math.min(1, occupancy));
    return in(c).recall() * (1 - occlusion * occ);
  }

  /**
   * The confusion matrix: which class a camera reports for a vehicle of each true class.
   *
   * @param car   reported class shares for true cars
   * @param bus   reported class shares for true buses
   * @param truck reported class shares for true trucks
   */
  public record Confusion(ClassMix car, ClassMix bus, ClassMix truck) {
    public Confusion {
      Objects.requireNonNull(car, "car");
      Objects.requireNonNull(bus, "bus");
      Objects.requireNonNull(truck, "truck");
    }

    /**
     * Our assumption: cars are seldom mistaken (2 % errors, mostly as trucks: vans and pick-ups);
     * buses and trucks are mistaken for each other more than for cars.
     */
    public static Confusion defaults() {
      return new Confusion(
          new ClassMix(0.98, 0.005, 0.015),
          new ClassMix(0.02, 0.92, 0.06),
          new ClassMix(0.08, 0.04, 0.88));
    }

    /** The row of true class {@code c}. */
    public ClassMix row(VehicleClass c) {
      return switch (c) {
        case CAR -> car;
        case BUS -> bus;
        case TRUCK -> truck;
      };
    }
  }
}
