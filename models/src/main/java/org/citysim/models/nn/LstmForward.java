package org.citysim.models.nn;

import java.util.Arrays;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The inference pass of a {@link SequenceNet}'s network (a DL4J {@code LSTM} with tanh, sigmoid
 * gates and no peepholes, read at its last step, then a dense identity or sigmoid layer) in
 * plain Java over a copy of its weights.
 *
 * <p>Why: a run calls the network once per 5-minute slot on about 48 rows x 12 steps, a few
 * million multiply-adds. DL4J spends milliseconds on such a call in per-operation overhead (an
 * op per gate and step, each through JNI and ND4J's bookkeeping); these loops do the arithmetic
 * alone, in shapes C2 vectorises: multiply-adds along unit-stride rows of {@code 4 * hidden}
 * weights, and the activations through {@link RationalTanh} over whole arrays. The outputs
 * match DL4J's to about 1e-6 (float rounding in another order, and RationalTanh's 1.6e-7).
 *
 * <p>Immutable: a copy of the weights as they were when {@link #of} ran (the owner builds a new
 * one whenever the weights change). Safe to call from several threads at once: each call
 * allocates its own small scratch arrays.
 */
final class LstmForward {
  /**
   * Offsets of the four gate blocks in DL4J's {@code 4 * hidden} pre-activations, in units of
   * {@code hidden} (LSTMHelpers: block input, forget, output, input gate; checked against
   * {@code net.output} by LstmForwardTest).
   */
  private static final int BLOCK = 0;
  private static final int FORGET = 1;
  private static final int OUT_GATE = 2;
  private static final int IN_GATE = 3;

  private final int inputs;
  private final int hidden;
  private final int outputs;
  /**
   * Input weights, {@code [input][4 * hidden]}. An array per input rather than one flat array:
   * C2 (Java 17) vectorises {@code g[j] += a * row[j]} but not the same loop with an offset into
   * a flat array, which made the whole pass 1.6 to 1.9 times slower in a trial.
   */
  private final float[][] w;
  /** Recurrent weights, {@code [hidden][4 * hidden]}, an array per hidden unit (as {@link #w}). */
  private final float[][] rw;
  /** Gate biases, {@code [4 * hidden]}. */
  private final float[] b;
  /** Output weights, {@code [hidden][outputs]} row-major. */
  private final float[] wOut;
  /** Output biases, {@code [outputs]}. */
  private final float[] bOut;
  private final boolean sigmoidOut;
  /**
   * Per pre-activation column, what multiplies it before tanh: 1 for the block input, 1/2 for
   * the three gates, whose sigmoid is then {@code (1 + tanh(z / 2)) / 2} (an identity, and
   * both halvings are exact).
   */
  private final float[] tanhScale;

  private LstmForward(int inputs, int hidden, int outputs, float[][] w, float[][] rw, float[] b,
      float[] wOut, float[] bOut, boolean sigmoidOut) {
    this.inputs = inputs;
    this.hidden = hidden;
    this.outputs = outputs;
    this.w = w;
    this.rw = rw;
    this.b = b;
    this.wOut = wOut;
    this.bOut = bOut;
    this.sigmoidOut = sigmoidOut;
    this.tanhScale = new float[4 * hidden];
    Arrays.fill(tanhScale, 0.5f);
    Arrays.fill(tanhScale, BLOCK * hidden, (BLOCK + 1) * hidden, 1f);
  }

  /**
   * A copy of {@code net}'s current weights.
   *
   * @throws IllegalArgumentException when the network is not of the shape this pass computes
   *                                  (other activations, peepholes, other layers)
   */
  static LstmForward of(MultiLayerNetwork net) {
    var confs = net.getLayerWiseConfigurations();
    if (net.getnLayers() != 2 || !(confs.getConf(0).getLayer() instanceof LastTimeStep last)
        || !(last.getUnderlying() instanceof LSTM lstm)
        || !(confs.getConf(1).getLayer() instanceof OutputLayer out)) {
      throw new IllegalArgumentException("not an LSTM at its last step and an output layer");
    }
    // LSTM.Builder's defaults are tanh and sigmoid gates, but a file might say otherwise.
    if (!(lstm.getActivationFn() instanceof ActivationTanH)
        || !(lstm.getGateActivationFn() instanceof ActivationSigmoid)) {
      throw new IllegalArgumentException("the LSTM must use tanh with sigmoid gates");
    }
    IActivation act = out.getActivationFn();
    if (!(act instanceof ActivationIdentity) && !(act instanceof ActivationSigmoid)) {
      throw new IllegalArgumentException("the output layer must be identity or sigmoid, not "
          + act);
    }
    int inputs = (int) lstm.getNIn();
    int hidden = (int) lstm.getNOut();
    int outputs = (int) out.getNOut();
    int gates = 4 * hidden;
    // Through the parameter table by name, each reshaped by its own shape, so the flattened
    // order of net.params() does not matter. "0_..." is read through LastTimeStep's wrapper.
    return new LstmForward(inputs, hidden, outputs,
        rows(matrix(net.getParam("0_W"), inputs, gates), inputs, gates),
        rows(matrix(net.getParam("0_RW"), hidden, gates), hidden, gates),
        vector(net.getParam("0_b"), gates),
        matrix(net.getParam("1_W"), hidden, outputs),
        vector(net.getParam("1_b"), outputs),
        act instanceof ActivationSigmoid);
  }

  /** A {@code [rows][cols]} parameter as a new row-major float array. */
  private static float[] matrix(INDArray p, int rows, int cols) {
    if (p == null || p.rank() != 2 || p.size(0) != rows || p.size(1) != cols) {
      throw new IllegalArgumentException("parameter of shape " + shape(p) + ", expected ["
          + rows + ", " + cols + "]");
    }
    return copy(p, rows * cols);
  }

  /** Row-major {@code [rows][cols]} as an array per row. */
  private static float[][] rows(float[] m, int rows, int cols) {
    float[][] a = new float[rows][];
    for (int i = 0; i < rows; i++) {
      a[i] = Arrays.copyOfRange(m, i * cols, (i + 1) * cols);
    }
    return a;
  }

  /** A bias, {@code [n]} or {@code [1][n]} (DL4J's shape has varied between versions). */
  private static float[] vector(INDArray p, int n) {
    if (p == null || p.length() != n || (p.rank() == 2 && p.size(0) != 1) || p.rank() > 2) {
      throw new IllegalArgumentException("parameter of shape " + shape(p) + ", expected ["
          + n + "]");
    }
    return copy(p, n);
  }

  private static float[] copy(INDArray p, int n) {
    // dup('c') makes a fresh buffer of exactly these elements, (i, j) at i * cols + j, whatever
    // the view's order and offset within the network's flattened parameters.
    float[] a = p.castTo(DataType.FLOAT).dup('c').data().asFloat();
    if (a.length != n) {
      throw new IllegalStateException("copied " + a.length + " values, expected " + n);
    }
    return a;
  }

  private static String shape(INDArray p) {
    return p == null ? "none" : Arrays.toString(p.shape());
  }

  /**
   * The network's outputs, as {@code net.output} computes them (up to float rounding).
   *
   * @param x {@code [rows][inputs][steps]}, flattened (NCW)
   * @return {@code [rows][outputs]}, flattened
   */
  float[] output(float[] x, int rows, int steps) {
    if (steps < 1 || rows < 0 || x.length != (long) rows * inputs * steps) {
      throw new IllegalArgumentException("x has " + x.length + " values, expected " + rows
          + " rows x " + inputs + " inputs x " + steps + " steps");
    }
    int n = hidden;
    int gates = 4 * n;
    float[] y = new float[rows * outputs];
    float[] g = new float[gates];
    float[] h = new float[n];
    float[] c = new float[n];
    float[] tanhC = new float[n];
    for (int r = 0; r < rows; r++) {
      int base = r * inputs * steps;
      Arrays.fill(h, 0f);
      Arrays.fill(c, 0f);
      for (int t = 0; t < steps; t++) {
        System.arraycopy(b, 0, g, 0, gates);
        for (int k = 0; k < inputs; k++) {
          axpy(x[base + k * steps + t], w[k], g);
        }
        if (t > 0) { // h is zero before the first step
          for (int k = 0; k < n; k++) {
            axpy(h[k], rw[k], g);
          }
        }
        // The activations in loops of their own over whole arrays, which C2 vectorises.
        for (int j = 0; j < g.length; j++) {
          g[j] = RationalTanh.of(tanhScale[j] * g[j]);
        }
        for (int j = 0; j < n; j++) {
          c[j] = (0.5f + 0.5f * g[FORGET * n + j]) * c[j]
              + (0.5f + 0.5f * g[IN_GATE * n + j]) * g[BLOCK * n + j];
        }
        for (int j = 0; j < n; j++) {
          tanhC[j] = RationalTanh.of(c[j]);
        }
        for (int j = 0; j < n; j++) {
          h[j] = (0.5f + 0.5f * g[OUT_GATE * n + j]) * tanhC[j];
        }
      }
      int o0 = r * outputs;
      System.arraycopy(bOut, 0, y, o0, outputs);
      for (int k = 0; k < n; k++) {
        float a = h[k];
        int wk = k * outputs;
        for (int o = 0; o < outputs; o++) {
          y[o0 + o] += a * wOut[wk + o];
        }
      }
      if (sigmoidOut) {
        for (int o = 0; o < outputs; o++) {
          y[o0 + o] = sigmoid(y[o0 + o]);
        }
      }
    }
    return y;
  }

  /** {@code g += a * row}, both of the same length: unit stride, which C2 vectorises. */
  private static void axpy(float a, float[] row, float[] g) {
    for (int j = 0; j < g.length; j++) {
      g[j] += a * row[j];
    }
  }

  /**
   * The output layer's sigmoid, through {@link Math#exp}: only a few values per row, and small
   * probabilities keep their relative precision (rankings of rare events, ROC AUC).
   */
  private static float sigmoid(float z) {
    return (float) (1.0 / (1.0 + Math.exp(-z)));
  }
}
