package org.citysim.reports.html;

import java.util.Map;
import org.citysim.sim.metrics.KpiKeys;

/**
 * Unit and meaning of the known KPI keys, as documented in {@link KpiKeys}. Unknown keys (added
 * by plugins or later versions) are still reported, with an empty unit and meaning.
 */
final class KpiCatalog {
  /**
   * Unit and meaning of a KPI.
   *
   * @param unit    unit as written in the report, e.g. "s"; empty if unknown
   * @param meaning one-line description; empty if unknown
   */
  record Entry(String unit, String meaning) {}

  private static final Entry UNKNOWN = new Entry("", "");

  private static final Map<String, Entry> ENTRIES = Map.ofEntries(
      Map.entry(KpiKeys.INSERTED, new Entry("veh", "Vehicles that entered their first link")),
      Map.entry(KpiKeys.ARRIVED, new Entry("veh", "Vehicles that reached their destination")),
      Map.entry(KpiKeys.EN_ROUTE, new Entry("veh", "Vehicles on a link at the end of the run")),
      Map.entry(KpiKeys.WAITING, new Entry("veh",
          "Vehicles that had departed but still waited to enter their first link at the end")),
      Map.entry(KpiKeys.TT_MEAN, new Entry("s",
          "Mean travel time of arrived trips, from planned departure to arrival")),
      Map.entry(KpiKeys.TT_P50, new Entry("s", "Median travel time of arrived trips")),
      Map.entry(KpiKeys.TT_P95, new Entry("s", "95th percentile travel time of arrived trips")),
      Map.entry(KpiKeys.DELAY_MEAN, new Entry("s",
          "Mean delay of arrived trips: travel time minus free-flow time")),
      Map.entry(KpiKeys.TRIP_DURATION_MEAN, new Entry("s",
          "Mean time from entering the first link to arrival (SUMO's tripinfo duration)")),
      Map.entry(KpiKeys.DEPART_DELAY_MEAN, new Entry("s",
          "Mean wait from planned departure to entering the first link, over inserted vehicles")),
      Map.entry(KpiKeys.DISTANCE, new Entry("veh-km",
          "Distance driven by all vehicles, including partial trips")),
      Map.entry(KpiKeys.CAMERA_MAPE, new Entry("%",
          "Cameras: mean absolute percentage error of interval counts (intervals with traffic)")),
      Map.entry(KpiKeys.CAMERA_BIAS, new Entry("%",
          "Cameras: all observed minus all true vehicles, over all true vehicles")),
      Map.entry(KpiKeys.CAMERA_RECALL, new Entry("",
          "Cameras: share of the vehicles crossing a stop line that were detected")),
      Map.entry(KpiKeys.CAMERA_PRECISION, new Entry("",
          "Cameras: share of detections that were real vehicles")),
      Map.entry(KpiKeys.CAMERA_CLASS_ACCURACY, new Entry("",
          "Cameras: share of detected vehicles reported with their true class")),
      Map.entry(KpiKeys.CAMERA_READINGS, new Entry("intervals",
          "Cameras: intervals reported, over all cameras")),
      Map.entry(KpiKeys.CAMERA_DROPPED, new Entry("intervals",
          "Cameras: intervals lost to dropouts, over all cameras")));

  private KpiCatalog() {}

  /** Unit and meaning of {@code key}; empty strings if the key is unknown. */
  static Entry of(String key) {
    return ENTRIES.getOrDefault(key, UNKNOWN);
  }
}
