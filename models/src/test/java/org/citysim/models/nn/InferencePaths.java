package org.citysim.models.nn;

/**
 * Both inference paths of a {@link SequenceNet}, for the benchmark in another package (tests in
 * this package call them directly).
 */
public final class InferencePaths {
  private InferencePaths() {}

  /** DL4J's {@code net.output}. */
  public static float[] dl4j(SequenceNet net, float[] x, int rows, int steps) {
    return net.dl4jOutput(x, rows, steps);
  }

  /** The plain-Java pass ({@link LstmForward}). */
  public static float[] java(SequenceNet net, float[] x, int rows, int steps) {
    return net.forward().output(x, rows, steps);
  }
}
