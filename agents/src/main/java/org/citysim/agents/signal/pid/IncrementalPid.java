package org.citysim.agents.signal.pid;

import org.citysim.agents.signal.Greens;

/**
 * A PID regulator in incremental (velocity) form:
 * <pre>  u_k = u_(k-1) + Kp (e_k - e_(k-1)) + Ki Δt e_k + (Kd / Δt) (e_k - 2 e_(k-1) + e_(k-2))</pre>
 * The output is clamped to [{@code lo}, {@code hi}] and stored clamped, so there is no hidden
 * integrator to wind up; in addition the integral step is dropped while the output sits at a
 * bound and the error pushes further into it (conditional integration). The error history
 * starts at zero, as a positional PID starting from rest at {@code u0} would.
 *
 * <p>The sign convention is that a positive error asks for more output.
 */
public final class IncrementalPid {
  private final double kp;
  private final double ki;
  private final double kd;
  private double lo;
  private double hi;
  private double u;
  private double e1;
  private double e2;

  /**
   * @param kp proportional gain [output unit per error unit]
   * @param ki integral gain [output unit per error unit and second]
   * @param kd derivative gain [output unit x s per error unit]
   * @param lo lowest output
   * @param hi highest output
   * @param u0 initial output, clamped
   */
  public IncrementalPid(double kp, double ki, double kd, double lo, double hi, double u0) {
    if (!(lo <= hi)) {
      throw new IllegalArgumentException("lo must not exceed hi: " + lo + " > " + hi);
    }
    this.kp = kp;
    this.ki = ki;
    this.kd = kd;
    this.lo = lo;
    this.hi = hi;
    this.u = Greens.clamp(u0, lo, hi);
  }

  /**
   * One step with error {@code e} after {@code dt} [s].
   *
   * @return the new output
   * @throws IllegalArgumentException if {@code e} is not finite or {@code dt} not positive (a
   *     caller with a missing measurement holds instead of updating)
   */
  public double update(double e, double dt) {
    if (!Double.isFinite(e) || !(dt > 0) || !Double.isFinite(dt)) {
      throw new IllegalArgumentException("PID step needs a finite error and dt > 0, got e = " + e
          + ", dt = " + dt);
    }
    double p = kp * (e - e1);
    double i = ki * dt * e;
    double d = kd / dt * (e - 2 * e1 + e2);
    if ((u >= hi && i > 0) || (u <= lo && i < 0)) {
      i = 0;
    }
    u = Greens.clamp(u + p + i + d, lo, hi);
    e2 = e1;
    e1 = e;
    return u;
  }

  /**
   * Replaces the stored output with the one actually applied (clamped), e.g. after the greens of
   * all stages were fitted to the cycle: the next increment starts from what the junction runs.
   */
  public void applied(double value) {
    u = Greens.clamp(value, lo, hi);
  }

  /** The current output. */
  public double output() {
    return u;
  }

  /** True when the output sits at a bound. */
  public boolean saturated() {
    return u <= lo || u >= hi;
  }
}
