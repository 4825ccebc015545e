package org.citysim.agents.signal.pid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IncrementalPidTest {
  private static final double LO = 7;
  private static final double HI = 45;
  private static final double DT = 60;

  /**
   * A first-order plant standing in for a junction: the queue imbalance relaxes towards
   * {@code gain * (balance - green)} with a lag of one cycle, so the green that balances the
   * queues is {@code balance}.
   */
  private static double[] run(IncrementalPid pid, double balance, int steps, double[] imbalance) {
    double e = 0;
    double[] u = new double[steps];
    for (int k = 0; k < steps; k++) {
      u[k] = pid.update(e, DT);
      e = 0.5 * e + 0.5 * 0.04 * (balance - u[k]);
      if (imbalance != null) {
        imbalance[k] = e;
      }
    }
    return u;
  }

  @Test
  void stepResponse_settlesOnTheBalancingGreenWithinTheClamps() {
    IncrementalPid pid = new IncrementalPid(4, 0.1, 0, LO, HI, 20);
    double[] e = new double[80];
    double[] u = run(pid, 32, 80, e);
    for (int k = 0; k < u.length; k++) {
      assertTrue(u[k] >= LO && u[k] <= HI, "step " + k + ": " + u[k]);
    }
    assertEquals(32, u[79], 0.05, "settles on the balancing green");
    assertTrue(Math.abs(e[79]) < 1e-3, "error gone: " + e[79]);
    double peak = java.util.Arrays.stream(u).max().orElseThrow();
    assertTrue(peak < HI, "the response never reaches the clamp: peak " + peak);
  }

  @Test
  void stepResponse_toAnUnreachableTarget_staysExactlyAtTheClamp() {
    IncrementalPid pid = new IncrementalPid(4, 0.1, 2, LO, HI, 20);
    double[] u = run(pid, 80, 60, null);
    for (double x : u) {
      assertTrue(x >= LO && x <= HI, "within clamps: " + x);
    }
    assertEquals(HI, u[59], 0.0);
    assertTrue(pid.saturated());
  }

  @Test
  void antiWindup_leavesTheClampAsSoonAsTheErrorTurns() {
    IncrementalPid pid = new IncrementalPid(4, 0.1, 0, LO, HI, 20);
    for (int k = 0; k < 100; k++) {
      pid.update(1.0, DT); // a long push into the upper clamp
    }
    assertEquals(HI, pid.output(), 0.0);
    double after = pid.update(-0.2, DT);
    // Kp (e_k - e_k-1) + Ki dt e_k = 4 * (-1.2) + 0.1 * 60 * (-0.2) = -6 s at once: a wound-up
    // integrator would first have to unwind 100 steps of error.
    assertEquals(HI - 6, after, 1e-9);
  }

  @Test
  void conditionalIntegration_dropsTheIntegralStepIntoAClamp() {
    IncrementalPid pid = new IncrementalPid(0, 0.1, 0, LO, HI, HI);
    assertEquals(HI, pid.update(0.5, DT), 0.0);
    assertEquals(HI, pid.update(0.5, DT), 0.0);
    assertEquals(HI - 0.1 * DT * 0.1, pid.update(-0.1, DT), 1e-9, "integral out of the clamp"
        + " acts at once");
    IncrementalPid low = new IncrementalPid(0, 0.1, 0, LO, HI, LO);
    assertEquals(LO, low.update(-3, DT), 0.0);
    assertEquals(LO + 0.6, low.update(0.1, DT), 1e-9);
  }

  @Test
  void incrementalForm_matchesTheFormulaTermByTerm() {
    IncrementalPid pid = new IncrementalPid(2, 0.05, 30, 0, 100, 50);
    // e: 0.2, 0.5, 0.1 with dt 10.
    double u1 = 50 + 2 * (0.2 - 0) + 0.05 * 10 * 0.2 + 30 / 10.0 * (0.2 - 0 + 0);
    double u2 = u1 + 2 * (0.5 - 0.2) + 0.05 * 10 * 0.5 + 3 * (0.5 - 0.4 + 0);
    double u3 = u2 + 2 * (0.1 - 0.5) + 0.05 * 10 * 0.1 + 3 * (0.1 - 1.0 + 0.2);
    assertEquals(u1, pid.update(0.2, 10), 1e-12);
    assertEquals(u2, pid.update(0.5, 10), 1e-12);
    assertEquals(u3, pid.update(0.1, 10), 1e-12);
  }

  @Test
  void aMissingMeasurement_isRefusedRatherThanIntegrated() {
    IncrementalPid pid = new IncrementalPid(1, 1, 0, 0, 10, 5);
    assertThrows(IllegalArgumentException.class, () -> pid.update(Double.NaN, 60));
    assertThrows(IllegalArgumentException.class, () -> pid.update(0.1, 0));
    assertEquals(5, pid.output(), 0.0);
  }
}
