package org.citysim.models.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrorAccumulatorTest {

  @Test
  void maeRmseMape_onKnownCells() {
    ErrorAccumulator a = new ErrorAccumulator();
    a.add(100, 110); // |e| 10, 10 %
    a.add(200, 170); // |e| 30, 15 %
    assertEquals(2, a.count());
    assertEquals(20, a.mae(), 1e-12);
    assertEquals(Math.sqrt((100 + 900) / 2.0), a.rmse(), 1e-12);
    assertEquals(12.5, a.mape(), 1e-12);
  }

  @Test
  void zeroAndNanTruth_areMaskedInEveryMetric() {
    ErrorAccumulator a = new ErrorAccumulator();
    a.add(50, 60);
    a.add(0, 1000); // zero truth: no reading in the METR-LA convention
    a.add(Double.NaN, 1000);
    a.add(Double.POSITIVE_INFINITY, 1);
    assertEquals(1, a.count());
    assertEquals(10, a.mae(), 1e-12);
    assertEquals(10, a.rmse(), 1e-12);
    assertEquals(20, a.mape(), 1e-12);
  }

  @Test
  void nothingCounted_givesNaN() {
    ErrorAccumulator a = new ErrorAccumulator();
    a.add(0, 5);
    assertTrue(Double.isNaN(a.mae()));
    assertTrue(Double.isNaN(a.rmse()));
    assertTrue(Double.isNaN(a.mape()));
  }

  @Test
  void nanPrediction_onACountedCell_poisonsTheMetric() {
    // A method that fails to forecast must not look perfect.
    ErrorAccumulator a = new ErrorAccumulator();
    a.add(10, Double.NaN);
    assertTrue(Double.isNaN(a.mae()));
  }
}
