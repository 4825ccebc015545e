package org.citysim.sim.metrics;

/**
 * Adds the network-delay and junction KPIs to a run's KPIs. Junction KPIs are added only when
 * the run has signalised junctions, so runs without signals report what they always did.
 */
public final class ControlKpis {
  private ControlKpis() {}

  /**
   * Appends {@link KpiKeys#DELAY_NETWORK_MEAN}, {@link KpiKeys#DELAY_NETWORK_VEH_HOURS} and,
   * with signals, the control delay, level of service, queue and stop KPIs to {@code kpis}.
   * Stops per vehicle divide by {@link KpiKeys#INSERTED}, which {@code kpis} must hold.
   *
   * @return {@code kpis}
   */
  public static Kpis addTo(Kpis kpis, NetworkDelay delay, JunctionOutputs junctions) {
    kpis.put(KpiKeys.DELAY_NETWORK_MEAN, delay.mean())
        .put(KpiKeys.DELAY_NETWORK_VEH_HOURS, delay.vehicleHours());
    if (junctions.isEmpty()) {
      return kpis;
    }
    double controlDelay = junctions.controlDelayMean();
    LevelOfService los = LevelOfService.ofControlDelay(controlDelay);
    Number inserted = kpis.get(KpiKeys.INSERTED);
    if (inserted == null) {
      throw new IllegalArgumentException("kpis lack " + KpiKeys.INSERTED);
    }
    long stops = junctions.stops();
    kpis.put(KpiKeys.CONTROL_DELAY_MEAN, controlDelay)
        .put(KpiKeys.CONTROL_LOS, los == null ? "n/a" : los.name())
        .put(KpiKeys.QUEUE_MAX, junctions.queueMax())
        .put(KpiKeys.QUEUE_MEAN, junctions.queueMean())
        .put(KpiKeys.STOPS_TOTAL, stops)
        .put(KpiKeys.STOPS_PER_VEHICLE,
            inserted.longValue() == 0 ? Double.NaN : (double) stops / inserted.longValue());
    return kpis;
  }
}
