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

  private static final Map<String, Entry> ENTRIES = Map.of(
      KpiKeys.INSERTED, new Entry("veh", "Vehicles that entered their first link"),
      KpiKeys.ARRIVED, new Entry("veh", "Vehicles that reached their destination"),
      KpiKeys.EN_ROUTE, new Entry("veh", "Vehicles on a link at the end of the run"),
      KpiKeys.WAITING, new Entry("veh",
          "Vehicles that had departed but still waited to enter their first link at the end"),
      KpiKeys.TT_MEAN, new Entry("s",
          "Mean travel time of arrived trips, from planned departure to arrival"),
      KpiKeys.TT_P50, new Entry("s", "Median travel time of arrived trips"),
      KpiKeys.TT_P95, new Entry("s", "95th percentile travel time of arrived trips"),
      KpiKeys.DELAY_MEAN, new Entry("s",
          "Mean delay of arrived trips: travel time minus free-flow time"),
      KpiKeys.DISTANCE, new Entry("veh-km",
          "Distance driven by all vehicles, including partial trips"));

  private KpiCatalog() {}

  /** Unit and meaning of {@code key}; empty strings if the key is unknown. */
  static Entry of(String key) {
    return ENTRIES.getOrDefault(key, UNKNOWN);
  }
}
