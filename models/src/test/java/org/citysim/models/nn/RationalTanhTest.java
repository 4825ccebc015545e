package org.citysim.models.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RationalTanhTest {
  /** The bound its javadoc promises. */
  private static final double MAX_ERROR = 1.62e-7;

  @Test
  void sampledFloatsUpTo12_withinBound_neverAboveOne_odd() {
    // Every 97th float from 0 to 12 (1.6 million of 155 million): the error is largest between
    // 0.5 and 2 and near the clamp, both densely covered.
    int last = Float.floatToRawIntBits(12f);
    double worst = 0;
    float worstAt = 0;
    float aboveOne = Float.NaN;
    float notOdd = Float.NaN;
    for (int bits = 0; bits <= last; bits += 97) {
      float x = Float.intBitsToFloat(bits);
      float y = RationalTanh.of(x);
      double e = Math.abs(y - Math.tanh(x));
      if (e > worst) {
        worst = e;
        worstAt = x;
      }
      if (y > 1f) {
        aboveOne = x;
      }
      if (RationalTanh.of(-x) != -y) {
        notOdd = x;
      }
    }
    assertTrue(worst <= MAX_ERROR, "error " + worst + " at " + worstAt);
    assertTrue(Float.isNaN(aboveOne), "above 1 at " + aboveOne);
    assertTrue(Float.isNaN(notOdd), "not odd at " + notOdd);
  }

  @Test
  void extremes() {
    assertEquals(1f, RationalTanh.of(Float.POSITIVE_INFINITY), 1e-7f);
    assertEquals(-1f, RationalTanh.of(-Float.MAX_VALUE), 1e-7f);
    assertEquals(0f, RationalTanh.of(0f));
    assertEquals(1e-30f, RationalTanh.of(1e-30f)); // tiny arguments come back unchanged
    assertTrue(Float.isNaN(RationalTanh.of(Float.NaN)));
  }
}
