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

  // Cameras (only in runs with cameras), over the intervals the cameras reported.

  /**
   * Mean absolute percentage error of camera counts: mean over cameras and reported intervals
   * with traffic of |observed - true| / true, times 100 [%].
   */
  public static final String CAMERA_MAPE = "cameras.countError.mape";
  /** Camera count bias: (all observed - all true) / all true, times 100 [%]. */
  public static final String CAMERA_BIAS = "cameras.countError.bias";
  /** Share of the vehicles crossing a camera's stop line that it detected [0..1]. */
  public static final String CAMERA_RECALL = "cameras.recall";
  /** Share of the cameras' detections that were real vehicles [0..1]. */
  public static final String CAMERA_PRECISION = "cameras.precision";
  /** Share of the detected real vehicles reported with their true class [0..1]. */
  public static final String CAMERA_CLASS_ACCURACY = "cameras.classAccuracy";
  /** Camera intervals reported [intervals]. */
  public static final String CAMERA_READINGS = "cameras.readings";
  /** Camera intervals lost to dropouts [intervals]. */
  public static final String CAMERA_DROPPED = "cameras.droppedReadings";

  /**
   * Network-wide mean delay per departed vehicle [s/veh]: time on links beyond free-flow time
   * plus the wait to enter the first link, counting vehicles still in the network up to the
   * end (see {@link NetworkDelay}).
   */
  public static final String DELAY_NETWORK_MEAN = "delay.network.mean";
  /** Network-wide total delay, as {@link #DELAY_NETWORK_MEAN} but summed [veh-h]. */
  public static final String DELAY_NETWORK_VEH_HOURS = "delay.network.vehHours";
  /**
   * Average control delay at signalised junctions [s/veh], over every vehicle that left an
   * approach into one (see {@link JunctionCollector}). Only in runs with signals.
   */
  public static final String CONTROL_DELAY_MEAN = "control.delay.mean";
  /** HCM level of service (A to F, text) of {@link #CONTROL_DELAY_MEAN}. Only with signals. */
  public static final String CONTROL_LOS = "control.los";
  /** Largest queue at any one signalised junction at any instant [veh]. Only with signals. */
  public static final String QUEUE_MAX = "queue.max";
  /**
   * Time-average queue of a signalised junction, averaged over the junctions [veh]. Only with
   * signals.
   */
  public static final String QUEUE_MEAN = "queue.mean";
  /**
   * Stops at signalised junctions: vehicle passages whose approach delay exceeded
   * {@link JunctionCollector#STOP_DELAY} [veh]. Only with signals.
   */
  public static final String STOPS_TOTAL = "stops.total";
  /** {@link #STOPS_TOTAL} per inserted vehicle [1/veh]. Only with signals. */
  public static final String STOPS_PER_VEHICLE = "stops.perVehicle";

  /** CO2 emitted by all vehicles over the run [kg]. Only with a pollution model. */
  public static final String CO2_KG = "emissions.co2.kg";
  /** NOx emitted over the run [kg]. Only with a pollution model. */
  public static final String NOX_KG = "emissions.nox.kg";
  /** PM2.5 emitted over the run, exhaust and non-exhaust [kg]. Only with a pollution model. */
  public static final String PM25_KG = "emissions.pm25.kg";
  /** Fuel burnt over the run [kg]. Only with a pollution model. */
  public static final String FUEL_KG = "emissions.fuel.kg";
  /** Highest AQI at any station at any sample. Only with stations. */
  public static final String AQI_PEAK = "aqi.peak";
  /**
   * Hours with AQI above the lowest alert level, at the worst station [h]. Only with stations.
   */
  public static final String AQI_HOURS_ABOVE = "aqi.hoursAboveAlert";
  /** Run-mean NO2 concentration averaged over the stations [ug/m3]. Only with stations. */
  public static final String NO2_STATION_MEAN = "no2.stationMean";
  /** Run-mean PM2.5 concentration averaged over the stations [ug/m3]. Only with stations. */
  public static final String PM25_STATION_MEAN = "pm25.stationMean";
  /** Alerts raised (not counting early warnings). Only with stations. */
  public static final String ALERTS = "alerts.count";

  /** Incidents that occurred in the run, random and scheduled. Only with incidents. */
  public static final String INCIDENTS = "incidents.count";
  /** Incidents the learned classifier detected first [incidents]; only with a classifier. */
  public static final String INCIDENT_BY_CLASSIFIER = "incidents.classifier.detected";
  /** Sensor slots the classifier flagged as blocked [slots]; only with a classifier. */
  public static final String INCIDENT_CLASSIFIER_ALARMS = "incidents.classifier.alarms";
  /** Flagged sensor slots when nothing blocked the link [slots]; only with a classifier. */
  public static final String INCIDENT_CLASSIFIER_FALSE = "incidents.classifier.falseAlarms";
  /**
   * Mean time from occurrence to detection, over the incidents detected by the end [s]. Only
   * with incidents.
   */
  public static final String INCIDENT_DETECTION_MEAN = "incidents.detectionTime.mean";
  /**
   * Mean time from occurrence to all clear, over the incidents all clear by the end [s]. Only
   * with incidents.
   */
  public static final String INCIDENT_CLEARANCE_MEAN = "incidents.clearanceTime.mean";
  /** Times a driver took a new route around a blockage [veh]. Only with incidents. */
  public static final String INCIDENT_REROUTED = "incidents.rerouted";
  /** Vehicles held by closed links at the end of the run [veh]. Only with incidents. */
  public static final String INCIDENT_HELD = "incidents.heldAtEnd";
  /**
   * Mean time from detection to the first unit on scene, over the incidents reached by the end
   * [s]. Only with a dispatcher.
   */
  public static final String INCIDENT_RESPONSE_MEAN = "incidents.responseTime.mean";
  /**
   * Detected incidents with a need (a unit kind) no unit was sent to, by their all clear or the
   * end of the run [incidents]. Only with a dispatcher.
   */
  public static final String INCIDENT_UNSERVED = "incidents.unserved";
  /**
   * Delay the incidents and closures caused: {@link #DELAY_NETWORK_VEH_HOURS} of the run minus
   * that of the same scenario and seed without its {@code incidents} section [veh-h]. Only when
   * that baseline run was made ({@code incidents.baseline}).
   */
  public static final String INCIDENT_DELAY = "incidents.delay.vehHours";
  /**
   * {@link #DELAY_NETWORK_VEH_HOURS} of the baseline run without incidents [veh-h]. Only when it
   * was made.
   */
  public static final String INCIDENT_BASELINE_DELAY = "incidents.baselineDelay.vehHours";

  private KpiKeys() {}
}
