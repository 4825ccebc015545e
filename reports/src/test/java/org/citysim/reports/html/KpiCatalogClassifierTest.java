package org.citysim.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.citysim.reports.compare.Better;
import org.citysim.sim.metrics.KpiKeys;
import org.junit.jupiter.api.Test;

class KpiCatalogClassifierTest {
  @Test
  void classifierKpis_haveUnitsAndMeanings_falseAlarmsLowerIsBetter() {
    for (String key : List.of(KpiKeys.INCIDENT_BY_CLASSIFIER, KpiKeys.INCIDENT_CLASSIFIER_ALARMS,
        KpiKeys.INCIDENT_CLASSIFIER_FALSE)) {
      assertFalse(KpiCatalog.of(key).meaning().isEmpty(), key);
      assertFalse(KpiCatalog.unit(key).isEmpty(), key);
    }
    assertEquals(Better.LOWER, KpiCatalog.better(KpiKeys.INCIDENT_CLASSIFIER_FALSE));
  }
}
