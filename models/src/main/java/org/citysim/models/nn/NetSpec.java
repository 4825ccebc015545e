package org.citysim.models.nn;

/**
 * The shape and training settings of a {@link SequenceNet}.
 *
 * @param inputs       input channels per step
 * @param steps        steps per window (for checks; the network itself takes any length)
 * @param hidden       LSTM units
 * @param outputs      output columns
 * @param output       what the output layer is for
 * @param learningRate Adam step size
 * @param seed         the seed of the initial weights (and of ND4J's generator)
 */
public record NetSpec(int inputs, int steps, int hidden, int outputs, Output output,
    double learningRate, long seed) {

  /** The output layer's activation and loss. */
  public enum Output {
    /** Identity activation, mean squared error: real-valued targets (forecasts). */
    REGRESSION,
    /**
     * Identity activation, mean absolute error: real-valued targets whose forecasts are judged
     * by MAE (it learns the median rather than the mean, which heavy tails do not drag).
     */
    REGRESSION_MAE,
    /** Sigmoid activation, binary cross-entropy: probabilities (incidents). */
    BINARY
  }

  public NetSpec {
    if (inputs < 1 || steps < 1 || hidden < 1 || outputs < 1) {
      throw new IllegalArgumentException("inputs, steps, hidden and outputs must be positive");
    }
    if (!(learningRate > 0)) {
      throw new IllegalArgumentException("learningRate must be positive");
    }
  }
}
