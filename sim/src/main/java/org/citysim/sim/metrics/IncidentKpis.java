package org.citysim.sim.metrics;

import org.citysim.sim.metrics.IncidentOutputs.IncidentRecord;

/** The incident KPIs ({@code incidents.*} in {@link KpiKeys}). */
public final class IncidentKpis {
  private IncidentKpis() {}

  /**
   * Adds the incident KPIs to {@code kpis}; nothing when the run had no incident model. Means
   * are over the incidents that reached the point by the end (NaN when none did). The response
   * time and unserved KPIs only with a dispatcher.
   */
  public static Kpis addTo(Kpis kpis, IncidentOutputs o) {
    if (o.isEmpty()) {
      return kpis;
    }
    double detect = 0;
    int detected = 0;
    double clear = 0;
    int cleared = 0;
    for (IncidentRecord r : o.incidents()) {
      if (!Double.isNaN(r.detected())) {
        detect += r.detected() - r.occurred();
        detected++;
      }
      if (!Double.isNaN(r.allClear())) {
        clear += r.allClear() - r.occurred();
        cleared++;
      }
    }
    if (o.dispatching()) {
      double response = 0;
      int reached = 0;
      for (IncidentRecord r : o.incidents()) {
        if (!Double.isNaN(r.onScene())) {
          response += r.responseTime();
          reached++;
        }
      }
      kpis = kpis.put(KpiKeys.INCIDENT_RESPONSE_MEAN, reached == 0 ? Double.NaN
          : response / reached).put(KpiKeys.INCIDENT_UNSERVED, (long) o.unserved());
    }
    if (o.classifier() != null) {
      long byClassifier = o.incidents().stream()
          .filter(r -> r.detectedBy().equals("classifier")).count();
      kpis = kpis.put(KpiKeys.INCIDENT_BY_CLASSIFIER, byClassifier)
          .put(KpiKeys.INCIDENT_CLASSIFIER_ALARMS, (long) o.classifier().alarms())
          .put(KpiKeys.INCIDENT_CLASSIFIER_FALSE, (long) o.classifier().falseAlarms());
    }
    return kpis.put(KpiKeys.INCIDENTS, (long) o.incidents().size())
        .put(KpiKeys.INCIDENT_DETECTION_MEAN, detected == 0 ? Double.NaN : detect / detected)
        .put(KpiKeys.INCIDENT_CLEARANCE_MEAN, cleared == 0 ? Double.NaN : clear / cleared)
        .put(KpiKeys.INCIDENT_REROUTED, (long) o.rerouted())
        .put(KpiKeys.INCIDENT_HELD, (long) o.heldAtEnd());
  }
}
