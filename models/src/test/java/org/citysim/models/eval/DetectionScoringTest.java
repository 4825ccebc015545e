package org.citysim.models.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionScoringTest {

  /** One day, one sensor, from a pattern string ('1' = true). */
  private static boolean[][][] day(String pattern) {
    boolean[][][] b = new boolean[1][pattern.length()][1];
    for (int t = 0; t < pattern.length(); t++) {
      b[0][t][0] = pattern.charAt(t) == '1';
    }
    return b;
  }

  @Test
  void episodes_timeToDetect_shareDetected_andFalseAlarms() {
    //                 slot  0123456789012345
    boolean[][][] blocked = day("0011110000111000");
    boolean[][][] alarms = day("0000110100000001");
    ClassificationTable.Row r = DetectionScoring.score("m", "s", List.of(0), blocked, alarms,
        null, "no score", 0, 300);
    assertEquals(16, r.n());
    assertEquals(7, r.positives());
    assertEquals(2, r.episodes());
    assertEquals(0.5, r.detectedShare(), 1e-12); // the second episode is missed
    assertEquals(2 * 300, r.meanTimeToDetect(), 1e-9); // first alarm 2 slots after start
    assertEquals(2.0 / 4, r.precision(), 1e-12); // alarms at 4,5 (hits), 7, 15 (false)
    assertEquals(2.0 / 7, r.recall(), 1e-12);
    assertEquals(2.0 / 9, r.falseAlarmRate(), 1e-12);
    assertEquals((2 + 7.0) / 16, r.accuracy(), 1e-12);
    assertTrue(Double.isNaN(r.auc()));
    assertEquals("no score", r.aucNote());
  }

  @Test
  void slotsBeforeFirstSlot_areNotJudged() {
    boolean[][][] blocked = day("1100");
    boolean[][][] alarms = day("1000");
    ClassificationTable.Row r = DetectionScoring.score("m", "s", List.of(0), blocked, alarms,
        null, "x", 2, 60);
    assertEquals(2, r.n());
    assertEquals(0, r.positives());
    assertEquals(0, r.episodes());
    assertTrue(Double.isNaN(r.meanTimeToDetect()));
  }

  @Test
  void scores_giveTheAuc() {
    boolean[][][] blocked = day("0011");
    float[][][] scores = {{{0.1f}, {0.2f}, {0.7f}, {0.9f}}};
    ClassificationTable.Row r = DetectionScoring.score("m", "s", List.of(0), blocked,
        day("0011"), scores, "", 0, 60);
    assertEquals(1.0, r.auc(), 1e-12);
    assertEquals("", r.aucNote());
    assertEquals(1.0, r.f1(), 1e-12);
  }
}
