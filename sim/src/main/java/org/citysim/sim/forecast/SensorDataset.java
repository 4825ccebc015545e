package org.citysim.sim.forecast;

import java.util.List;
import java.util.Objects;

/**
 * The sensor history of many simulated days of one scenario, sampled at a fixed interval (5
 * minutes by default) from the sensors (cameras and loop detectors, with their errors and
 * dropouts), never from ground truth. Days are in chronological order; each belongs to one
 * split (train, validation or test), so models are fitted on earlier days and judged on later
 * ones.
 *
 * @param scenario    scenario name
 * @param fingerprint the scenario's {@link ScenarioFingerprint} (network and sensors)
 * @param seed        the seed the days were simulated with
 * @param interval    slot length [s]
 * @param dayStart    time of day of the start of slot 0 [s after midnight]
 * @param sensors     the sensors, in column order
 * @param features    the features per sensor and slot, in order ({@link Feature})
 * @param days        per day, its variation and split, in chronological order
 * @param values      {@code values[day][slot][sensor][feature]}: the sensor's reading over the
 *                    slot, in the feature's unit; NaN when the sensor reported nothing (dropout)
 * @param blocked     {@code blocked[day][slot][sensor]}: ground-truth label, true when an
 *                    incident or closure blocked lanes of the sensor's link at any time in the
 *                    slot (labels for the incident classifier, never an input feature)
 */
public record SensorDataset(String scenario, String fingerprint, long seed, double interval,
    double dayStart, List<SensorInfo> sensors, List<Feature> features, List<DayInfo> days,
    float[][][][] values, boolean[][][] blocked) {

  /** The features a sensor gives per slot. */
  public enum Feature {
    /** Vehicles counted, as an hourly rate [veh/h]. */
    FLOW,
    /** Mean speed of the vehicles counted [m/s]; the link's free speed when none passed. */
    SPEED,
    /** Share of the slot the detection zone was occupied [0..1]. */
    OCCUPANCY
  }

  /** Which part of the chronological split a day belongs to. */
  public enum Split { TRAIN, VALIDATION, TEST }

  /**
   * One sensor.
   *
   * @param id         stable id, {@code kind:link} (for instance {@code loop:avenue-1})
   * @param link       id of the link it watches
   * @param downstream indices (into {@code sensors}) of the sensors on the links that leave
   *                   the downstream end of its link, for rules that compare neighbours
   * @param freeSpeed  free speed of its link [m/s]
   */
  public record SensorInfo(String id, String link, List<Integer> downstream, double freeSpeed) {
    public SensorInfo {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(link, "link");
      downstream = List.copyOf(downstream);
    }
  }

  /**
   * One simulated day.
   *
   * @param index       day number from 0, chronological
   * @param split       its part of the split
   * @param demand      demand scale of the day against the scenario's [1 = as written]
   * @param shift       shift of the day's demand profile [s, positive = later]
   * @param weather     the day's weather ("clear", "rain", "fog"): that of its longest weather
   *                    period, "clear" without one
   * @param seed        the run seed of the day
   * @param weatherFrom start of that weather period [s since midnight]; NaN on a clear day
   * @param weatherTo   end of that weather period [s since midnight]; NaN on a clear day
   * @param incidents   incidents that occurred in the day (random and scheduled; closures not
   *                    counted); -1 when unknown
   */
  public record DayInfo(int index, Split split, double demand, double shift, String weather,
      long seed, double weatherFrom, double weatherTo, int incidents) {
    /** A day whose weather period and incidents are not known. */
    public DayInfo(int index, Split split, double demand, double shift, String weather,
        long seed) {
      this(index, split, demand, shift, weather, seed, Double.NaN, Double.NaN, -1);
    }
  }

  public SensorDataset {
    sensors = List.copyOf(sensors);
    features = List.copyOf(features);
    days = List.copyOf(days);
    if (values.length != days.size() || blocked.length != days.size()) {
      throw new IllegalArgumentException("values and blocked need one entry per day");
    }
  }

  /** Slots per day. */
  public int slots() {
    return values.length == 0 ? 0 : values[0].length;
  }

  /** Indices of the days of {@code split}, in chronological order. */
  public int[] daysOf(Split split) {
    return days.stream().filter(d -> d.split() == split).mapToInt(DayInfo::index).toArray();
  }

  /** Column of {@code f} in {@code values}, or -1 when the data set lacks it. */
  public int featureIndex(Feature f) {
    return features.indexOf(f);
  }
}
