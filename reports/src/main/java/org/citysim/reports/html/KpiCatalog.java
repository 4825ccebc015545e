package org.citysim.reports.html;

import java.util.Map;
import org.citysim.reports.compare.Better;
import org.citysim.reports.text.Decimals;
import org.citysim.sim.metrics.JunctionCollector;
import org.citysim.sim.metrics.KpiKeys;

/**
 * Unit, meaning and direction of the known KPI keys, as documented in {@link KpiKeys}. Unknown
 * keys (added by plugins or later versions) are still reported, with an empty unit and meaning
 * and no direction.
 */
public final class KpiCatalog {
  /**
   * Unit, meaning and direction of a KPI.
   *
   * @param unit    unit as written in the report, e.g. "s"; empty if unknown
   * @param meaning one-line description; empty if unknown
   * @param better  which way the KPI improves, for marking the best run of a comparison
   */
  record Entry(String unit, String meaning, Better better) {
    /** An entry that marks no best run. */
    Entry(String unit, String meaning) {
      this(unit, meaning, Better.NONE);
    }
  }

  private static final Entry UNKNOWN = new Entry("", "");
  private static final String STOP = "approach delay above "
      + Decimals.plain(JunctionCollector.STOP_DELAY) + " s";

  private static final Map<String, Entry> ENTRIES = Map.ofEntries(
      // Not "higher is better": it grows with the demand, and the wait to enter is
      // vehicles.waitingToInsert and departDelay.mean.
      Map.entry(KpiKeys.INSERTED, new Entry("veh", "Vehicles that entered their first link")),
      Map.entry(KpiKeys.ARRIVED, new Entry("veh", "Vehicles that reached their destination",
          Better.HIGHER)),
      Map.entry(KpiKeys.EN_ROUTE, new Entry("veh", "Vehicles on a link at the end of the run")),
      Map.entry(KpiKeys.WAITING, new Entry("veh",
          "Vehicles that had departed but still waited to enter their first link at the end",
          Better.LOWER)),
      Map.entry(KpiKeys.TT_MEAN, new Entry("s",
          "Mean travel time of arrived trips, from planned departure to arrival", Better.LOWER)),
      Map.entry(KpiKeys.TT_P50, new Entry("s", "Median travel time of arrived trips",
          Better.LOWER)),
      Map.entry(KpiKeys.TT_P95, new Entry("s", "95th percentile travel time of arrived trips",
          Better.LOWER)),
      Map.entry(KpiKeys.DELAY_MEAN, new Entry("s",
          "Mean delay of arrived trips: travel time minus free-flow time", Better.LOWER)),
      Map.entry(KpiKeys.TRIP_DURATION_MEAN, new Entry("s",
          "Mean time from entering the first link to arrival (SUMO's tripinfo duration)",
          Better.LOWER)),
      Map.entry(KpiKeys.DEPART_DELAY_MEAN, new Entry("s",
          "Mean wait from planned departure to entering the first link, over inserted vehicles",
          Better.LOWER)),
      Map.entry(KpiKeys.DISTANCE, new Entry("veh-km",
          "Distance driven by all vehicles, including partial trips")),
      Map.entry(KpiKeys.CAMERA_MAPE, new Entry("%",
          "Cameras: mean absolute percentage error of interval counts (intervals with traffic)",
          Better.LOWER)),
      Map.entry(KpiKeys.CAMERA_BIAS, new Entry("%",
          "Cameras: all observed minus all true vehicles, over all true vehicles")),
      Map.entry(KpiKeys.CAMERA_RECALL, new Entry("",
          "Cameras: share of the vehicles crossing a stop line that were detected", Better.HIGHER)),
      Map.entry(KpiKeys.CAMERA_PRECISION, new Entry("",
          "Cameras: share of detections that were real vehicles", Better.HIGHER)),
      Map.entry(KpiKeys.CAMERA_CLASS_ACCURACY, new Entry("",
          "Cameras: share of detected vehicles reported with their true class", Better.HIGHER)),
      Map.entry(KpiKeys.CAMERA_READINGS, new Entry("intervals",
          "Cameras: intervals reported, over all cameras")),
      Map.entry(KpiKeys.CAMERA_DROPPED, new Entry("intervals",
          "Cameras: intervals lost to dropouts, over all cameras")),
      Map.entry(KpiKeys.DELAY_NETWORK_MEAN, new Entry("s/veh",
          "Mean delay per departed vehicle: time on links beyond free flow plus the wait to "
              + "enter, counting vehicles still in the network up to the end", Better.LOWER)),
      Map.entry(KpiKeys.DELAY_NETWORK_VEH_HOURS, new Entry("veh-h",
          "Total delay of all vehicles, as delay.network.mean but summed", Better.LOWER)),
      Map.entry(KpiKeys.CONTROL_DELAY_MEAN, new Entry("s/veh",
          "Average control delay at signalised junctions: time on the approach minus its "
              + "free-flow time, over the vehicles that crossed", Better.LOWER)),
      Map.entry(KpiKeys.CONTROL_LOS, new Entry("A-F",
          "HCM level of service of control.delay.mean (A up to 10 s, B 20, C 35, D 55, E 80, "
              + "F above)", Better.LOWER)),
      Map.entry(KpiKeys.QUEUE_MAX, new Entry("veh",
          "Largest queue at one signalised junction at any instant, summed over its approaches",
          Better.LOWER)),
      Map.entry(KpiKeys.QUEUE_MEAN, new Entry("veh",
          "Time-average queue of a signalised junction, averaged over the junctions",
          Better.LOWER)),
      Map.entry(KpiKeys.STOPS_TOTAL, new Entry("veh",
          "Stops at signalised junctions: vehicles crossing with an " + STOP, Better.LOWER)),
      Map.entry(KpiKeys.STOPS_PER_VEHICLE, new Entry("1/veh",
          "stops.total per inserted vehicle", Better.LOWER)),
      // The totals and counts of summary.json's pollution object, which compare reads too.
      Map.entry("pollution.co2Kg", new Entry("kg", "CO2 emitted by all vehicles", Better.LOWER)),
      Map.entry("pollution.noxKg", new Entry("kg", "NOx emitted by all vehicles", Better.LOWER)),
      Map.entry("pollution.pm25Kg", new Entry("kg",
          "PM2.5 emitted by all vehicles, exhaust and non-exhaust", Better.LOWER)),
      Map.entry("pollution.fuelKg", new Entry("kg", "Fuel burnt by all vehicles",
          Better.LOWER)),
      Map.entry("pollution.alerts", new Entry("alerts",
          "Air-quality alerts (an AQI level crossed at a station)", Better.LOWER)),
      Map.entry("pollution.warnings", new Entry("warnings",
          "Air-quality early warnings (an AQI level projected to be crossed)", Better.LOWER)),
      // Not "lower is better": the count follows the scenario's rates and schedule.
      Map.entry(KpiKeys.INCIDENTS, new Entry("incidents",
          "Incidents that occurred, random and scheduled")),
      Map.entry(KpiKeys.INCIDENT_DETECTION_MEAN, new Entry("s",
          "Mean time from an incident's occurrence to its detection (camera or report), over "
              + "the incidents detected by the end", Better.LOWER)),
      Map.entry(KpiKeys.INCIDENT_CLEARANCE_MEAN, new Entry("s",
          "Mean time from an incident's occurrence to all clear, over the incidents all clear "
              + "by the end", Better.LOWER)),
      Map.entry(KpiKeys.INCIDENT_REROUTED, new Entry("veh",
          "Times an informed driver took a new route around a blocked link")),
      Map.entry(KpiKeys.INCIDENT_HELD, new Entry("veh",
          "Vehicles held by closed links (incidents or closures) at the end of the run",
          Better.LOWER)),
      Map.entry(KpiKeys.INCIDENT_RESPONSE_MEAN, new Entry("s",
          "Mean time from an incident's detection to its first unit on scene, over the "
              + "incidents reached by the end (only with a dispatcher)", Better.LOWER)),
      Map.entry(KpiKeys.INCIDENT_UNSERVED, new Entry("incidents",
          "Detected incidents with a needed unit kind no unit was sent to (only with a "
              + "dispatcher)", Better.LOWER)),
      Map.entry(KpiKeys.INCIDENT_DELAY, new Entry("veh-h",
          "Network delay the incidents and closures caused: this run's delay.network.vehHours "
              + "minus that of the same scenario and seed without incidents (only when that "
              + "baseline run was made)", Better.LOWER)),
      Map.entry(KpiKeys.INCIDENT_BASELINE_DELAY, new Entry("veh-h",
          "Network delay of the baseline run without incidents (same scenario and seed)")),
      // Not "higher is better": the count also follows how many incidents there were.
      Map.entry(KpiKeys.INCIDENT_BY_CLASSIFIER, new Entry("incidents",
          "Incidents the learned classifier detected before cameras and reports did (only "
              + "with incidents.detection.classifier)")),
      Map.entry(KpiKeys.INCIDENT_CLASSIFIER_ALARMS, new Entry("sensor-slots",
          "Sensor slots the learned classifier flagged as blocked")),
      Map.entry(KpiKeys.INCIDENT_CLASSIFIER_FALSE, new Entry("sensor-slots",
          "Sensor slots the learned classifier flagged while nothing blocked the link",
          Better.LOWER)));

  private KpiCatalog() {}

  /** Unit and meaning of {@code key}; empty strings if the key is unknown. */
  static Entry of(String key) {
    return ENTRIES.getOrDefault(key, UNKNOWN);
  }

  /** Unit of {@code key} as the reports write it; empty if unknown. */
  public static String unit(String key) {
    return of(key).unit();
  }

  /** Which way {@code key} improves; {@link Better#NONE} if unknown. */
  public static Better better(String key) {
    return of(key).better();
  }

  /** A KPI value for people: numbers as {@link Decimals#plain}, text as it is. */
  public static String format(Object value) {
    return value instanceof String s ? s : Decimals.plain((Number) value);
  }
}
