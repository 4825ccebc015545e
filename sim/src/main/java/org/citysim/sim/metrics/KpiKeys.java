package org.citysim.sim.metrics;

/** The KPI keys every run reports, with their units. */
public final class KpiKeys {
  /** Vehicles that entered their first link [veh]. */
  public static final String INSERTED = "vehicles.inserted";
  /** Vehicles that reached their destination [veh]. */
  public static final String ARRIVED = "vehicles.arrived";
  /** Vehicles on a link at the end of the run [veh]. */
  public static final String EN_ROUTE = "vehicles.enRoute";
  /** Vehicles that had departed but still waited to enter their first link at the end [veh]. */
  public static final String WAITING = "vehicles.waitingToInsert";
  /** Mean travel time of arrived trips, from planned departure to arrival [s]. */
  public static final String TT_MEAN = "travelTime.mean";
  /** Median travel time of arrived trips [s]. */
  public static final String TT_P50 = "travelTime.p50";
  /** 95th percentile travel time of arrived trips [s]. */
  public static final String TT_P95 = "travelTime.p95";
  /** Mean delay of arrived trips: travel time minus free-flow time [s]. */
  public static final String DELAY_MEAN = "delay.mean";
  /**
   * Mean trip duration of arrived trips, from entering the first link to arrival [s]: the
   * quantity SUMO's tripinfo calls {@code duration}, which leaves out the wait to be inserted.
   */
  public static final String TRIP_DURATION_MEAN = "tripDuration.mean";
  /** Mean wait from planned departure to entering the first link, over inserted vehicles [s]. */
  public static final String DEPART_DELAY_MEAN = "departDelay.mean";
  /** Distance driven by all vehicles, including partial trips [veh-km]. */
  public static final String DISTANCE = "distance.total";

  private KpiKeys() {}
}
