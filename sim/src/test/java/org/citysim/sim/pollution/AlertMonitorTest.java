package org.citysim.sim.pollution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlertMonitorTest {
  private static final double[] LEVELS = {100, 150};

  /** AQI 50 + 1 per minute up to 130 at t = 4800 s, then down 1 per minute. */
  private static double rampUpDown(double t) {
    return t <= 4800 ? 50 + t / 60 : 130 - (t - 4800) / 60;
  }

  @Test
  void linearRise_warnsAheadByTheHorizon_thenAlertsAndEnds() {
    AlertMonitor m = new AlertMonitor(LEVELS, 0, 5, 600);
    for (double t = 0; t <= 9600; t += 60) {
      m.observe("s1", "PM2.5", t, rampUpDown(t));
    }
    List<Alert> all = m.alerts();
    assertEquals(2, all.size(), all.toString());
    Alert warning = all.get(0);
    assertEquals(Alert.Kind.WARNING, warning.kind());
    assertEquals(100, warning.level());
    // First sample whose projection 10 min ahead exceeds 100: AQI 91 at 2460 s.
    assertEquals(2460, warning.start());
    assertEquals(3060, warning.end());
    assertEquals(600, warning.leadTime(), 1e-9);
    Alert alert = all.get(1);
    assertEquals(Alert.Kind.ALERT, alert.kind());
    assertEquals(3060, alert.start()); // AQI 101, first above 100
    assertEquals(6600, alert.end()); // AQI back to 100
    assertTrue(Double.isNaN(alert.leadTime()));
  }

  @Test
  void hysteresis_keepsOneAlertThroughFlicker() {
    AlertMonitor m = new AlertMonitor(LEVELS, 5, 3, 0);
    double[] aqi = {90, 101, 99, 102, 97, 101, 94, 96};
    for (int i = 0; i < aqi.length; i++) {
      m.observe("s", "NO2", i * 60.0, aqi[i]);
    }
    List<Alert> alerts = m.alerts().stream().filter(a -> a.kind() == Alert.Kind.ALERT).toList();
    assertEquals(1, alerts.size(), m.alerts().toString());
    assertEquals(60, alerts.get(0).start());
    assertEquals(360, alerts.get(0).end()); // first at or below 95
  }

  @Test
  void noHysteresis_endsWhenBackAtTheLevel() {
    AlertMonitor m = new AlertMonitor(LEVELS, 0, 3, 0);
    List<Alert> started = m.observe("s", "NO2", 0, 101);
    assertEquals(1, started.size());
    assertTrue(started.get(0).isOpen());
    List<Alert> ended = m.observe("s", "NO2", 60, 100);
    assertEquals(60, ended.get(0).end());
  }

  @Test
  void warningThatDoesNotComeTrue_isWithdrawnWithoutLeadTime() {
    AlertMonitor m = new AlertMonitor(LEVELS, 0, 4, 1200);
    double[] aqi = {80, 84, 88, 92, 95, 96, 96, 96, 96, 96, 96, 96};
    for (int i = 0; i < aqi.length; i++) {
      m.observe("s", "PM2.5", i * 300.0, aqi[i]);
    }
    List<Alert> all = m.alerts();
    assertEquals(1, all.size(), all.toString());
    Alert w = all.get(0);
    assertEquals(Alert.Kind.WARNING, w.kind());
    assertEquals(900, w.start()); // 92 rising 4 per 5 min: 108 projected 20 min ahead
    assertTrue(!w.isOpen() && Double.isNaN(w.leadTime()), w.toString());
  }

  @Test
  void stationsAndPollutantsAreIndependent_andLevelsStack() {
    AlertMonitor m = new AlertMonitor(LEVELS, 0, 2, 0);
    m.observe("a", "PM2.5", 0, 160);
    m.observe("a", "NO2", 0, 50);
    m.observe("b", "PM2.5", 0, 120);
    List<Alert> all = m.alerts();
    assertEquals(3, all.size());
    assertEquals(List.of("a/PM2.5/100.0", "a/PM2.5/150.0", "b/PM2.5/100.0"),
        all.stream().map(x -> x.station() + "/" + x.pollutant() + "/" + x.level()).toList());
  }

  @Test
  void timeMustIncrease_andLevelsMustBeSorted() {
    AlertMonitor m = AlertMonitor.standard();
    m.observe("a", "PM2.5", 60, 10);
    assertThrows(IllegalArgumentException.class, () -> m.observe("a", "PM2.5", 60, 10));
    assertThrows(IllegalArgumentException.class,
        () -> new AlertMonitor(new double[] {150, 100}, 0, 3, 0));
  }
}
