package org.citysim.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class KpisTest {
  @Test
  void textValues_keepTheirPlaceButStayOutOfTheNumbers() {
    Kpis k = new Kpis().put("a", 1L).put("grade", "C").put("b", 2.34567);
    assertEquals(List.of("a", "grade", "b"), List.copyOf(k.all().keySet()));
    assertEquals(List.of("a", "b"), List.copyOf(k.asMap().keySet()));
    assertEquals("C", k.text("grade"));
    assertNull(k.get("grade"));
    assertNull(k.text("a"));
    assertEquals(2.346, k.get("b"));
    assertNotEquals(k, new Kpis().put("a", 1L).put("grade", "D").put("b", 2.34567));
  }

  @Test
  void controlKpis_onlyWithJunctions() {
    Kpis none = ControlKpis.addTo(new Kpis().put(KpiKeys.INSERTED, 10L),
        new NetworkDelay(7200, 10), JunctionOutputs.none());
    assertEquals(List.of(KpiKeys.INSERTED, KpiKeys.DELAY_NETWORK_MEAN,
        KpiKeys.DELAY_NETWORK_VEH_HOURS), List.copyOf(none.all().keySet()));
    assertEquals(720.0, none.get(KpiKeys.DELAY_NETWORK_MEAN));
    assertEquals(2.0, none.get(KpiKeys.DELAY_NETWORK_VEH_HOURS));

    double[] t = {0, 60};
    JunctionOutputs two = new JunctionOutputs(5, List.of(
        new JunctionStats("j1", 4, 30, 10.0, LevelOfService.A, 6, 7, 3.0, 30),
        new JunctionStats("j2", 3, 10, 50.0, LevelOfService.D, 8, 4, 1.0, 10)),
        List.of(new TimeSeries("j1", "veh", t, new double[] {0, 7}),
            new TimeSeries("j2", "veh", t, new double[] {0, 4})));
    Kpis k = ControlKpis.addTo(new Kpis().put(KpiKeys.INSERTED, 20L),
        new NetworkDelay(3600, 20), two);
    // Vehicle-weighted: (30 * 10 + 10 * 50) / 40 = 20 s/veh, still B.
    assertEquals(20.0, k.get(KpiKeys.CONTROL_DELAY_MEAN));
    assertEquals("B", k.text(KpiKeys.CONTROL_LOS));
    assertEquals(7L, k.get(KpiKeys.QUEUE_MAX));
    assertEquals(2.0, k.get(KpiKeys.QUEUE_MEAN));
    assertEquals(14L, k.get(KpiKeys.STOPS_TOTAL));
    assertEquals(0.7, k.get(KpiKeys.STOPS_PER_VEHICLE));
  }
}
