package org.citysim.models.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RocAucTest {

  @Test
  void perfectRanking_isOne_reversedIsZero() {
    boolean[] y = {false, false, true, true};
    assertEquals(1.0, RocAuc.of(new double[] {0.1, 0.2, 0.8, 0.9}, y), 1e-12);
    assertEquals(0.0, RocAuc.of(new double[] {0.9, 0.8, 0.2, 0.1}, y), 1e-12);
  }

  @Test
  void allTied_isOneHalf() {
    assertEquals(0.5, RocAuc.of(new double[] {0.3, 0.3, 0.3}, new boolean[] {true, false,
        false}), 1e-12);
  }

  @Test
  void mixedCase_countsPairsAndHalfTies() {
    // positives 0.8, 0.4; negatives 0.5, 0.4, 0.1: pairs won 1+1+1, 0+0.5+1 -> 4.5 / 6
    double auc = RocAuc.of(new double[] {0.8, 0.4, 0.5, 0.4, 0.1},
        new boolean[] {true, true, false, false, false});
    assertEquals(4.5 / 6, auc, 1e-12);
  }

  @Test
  void oneClassOnly_isNaN() {
    assertTrue(Double.isNaN(RocAuc.of(new double[] {0.1, 0.2}, new boolean[] {true, true})));
  }
}
