package org.citysim.models.nn;

/**
 * tanh in float additions, multiplications and divisions alone, so that a loop over an array of
 * them is vectorised by C2 (a loop calling {@link Math#exp} or {@link Math#tanh} is not, and
 * costs 8 to 30 ns per value). In an LSTM pass the five activations per unit and step cost more
 * than the matrix products when computed through {@code Math.exp}.
 *
 * <p>{@code t = tanh(x / 2)} from the [9/8] Padé approximant of tanh (Lambert's continued
 * fraction {@code x / (1 + x^2 / (3 + x^2 / (5 + ...)))} cut after the term 17), then {@code
 * tanh x = 2t / (1 + t^2)}: halving keeps the approximant where it is accurate. Arguments are
 * clamped to [-9, 9] first (1 - tanh 9 = 3e-8). Error: at most 1.62e-7 absolute (1.612e-7 at
 * 1.1097, in a check of every float against the double-precision tanh; RationalTanhTest checks
 * a sample), never above 1 in magnitude, odd; NaN stays NaN. Plain IEEE float arithmetic: the
 * same bits on every JVM and CPU, compiled or not.
 */
final class RationalTanh {
  // Numerator and denominator of tanh(h) / h in u = h^2, divided by their constant term.
  private static final float P1 = (float) (4729725.0 / 34459425.0);
  private static final float P2 = (float) (135135.0 / 34459425.0);
  private static final float P3 = (float) (990.0 / 34459425.0);
  private static final float P4 = (float) (1.0 / 34459425.0);
  private static final float Q1 = (float) (16216200.0 / 34459425.0);
  private static final float Q2 = (float) (945945.0 / 34459425.0);
  private static final float Q3 = (float) (13860.0 / 34459425.0);
  private static final float Q4 = (float) (45.0 / 34459425.0);
  /** Half the clamp bound: tanh is 1 - 3e-8 at 9. */
  private static final float HALF_BOUND = 4.5f;

  private RationalTanh() {}

  /** tanh(x), within 1.62e-7. */
  static float of(float x) {
    float h = Math.max(-HALF_BOUND, Math.min(HALF_BOUND, 0.5f * x));
    float u = h * h;
    float p = (((P4 * u + P3) * u + P2) * u + P1) * u + 1f;
    float q = (((Q4 * u + Q3) * u + Q2) * u + Q1) * u + 1f;
    float t = h * p / q;
    return 2f * t / (1f + t * t);
  }
}
