package org.citysim.models.nn;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * A recurrent network over windows of sensor data: one LSTM layer read at its last step, then
 * a dense output layer (identity + MSE, or sigmoid + binary cross-entropy). Inputs are flat
 * float arrays in NCW order ({@code [row][channel][step]}), outputs flat {@code [row][column]}.
 *
 * <p>Not thread-safe for training; {@link #output} may be called from several threads at once
 * while no thread trains or sets weights. For bit-identical training, train one network at a
 * time per JVM: ND4J's generator is process-wide.
 */
public final class SequenceNet {
  private final MultiLayerNetwork net;
  private final int inputs;
  private final int outputs;
  /**
   * The plain-Java pass over the current weights; null when they changed since it was made
   * ({@link #fit}, {@link #setParameters}). Volatile: the output threads see a complete one.
   */
  private volatile LstmForward forward;

  private SequenceNet(MultiLayerNetwork net) {
    this.net = net;
    var conf = net.getLayerWiseConfigurations().getConf(0).getLayer();
    this.inputs = (int) ((LSTM) ((LastTimeStep) conf).getUnderlying()).getNIn();
    var out = (OutputLayer) net.getLayerWiseConfigurations().getConf(1).getLayer();
    this.outputs = (int) out.getNOut();
  }

  /**
   * Makes ND4J find its backend and other services through the class loader that loaded this
   * module. ND4J looks them up through a loader it takes from the context class loader when it
   * first starts; when the kernel loads this module in a class loader of its own
   * ({@code ModelServices}), that is the application's loader, which cannot see ND4J's backend,
   * and ND4J fails with "Please ensure that you have an nd4j backend on your classpath". Must
   * run before ND4J is first used; a no-op when the loaders are the same (tests, IDEs).
   */
  private static void useModuleClassLoader() {
    ClassLoader own = SequenceNet.class.getClassLoader();
    if (ND4JClassLoading.getNd4jClassloader() != own) {
      ND4JClassLoading.setNd4jClassloader(own);
    }
  }

  /** A new network with initial weights drawn from {@code spec.seed()}. */
  public static SequenceNet create(NetSpec spec) {
    useModuleClassLoader();
    boolean binary = spec.output() == NetSpec.Output.BINARY;
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
        .seed(spec.seed())
        .dataType(DataType.FLOAT)
        .weightInit(WeightInit.XAVIER)
        .updater(new Adam(spec.learningRate()))
        // Clipping keeps an unlucky batch (a rare blockage, a burst of dropouts) from
        // throwing the recurrent weights off.
        .gradientNormalization(GradientNormalization.ClipElementWiseAbsoluteValue)
        .gradientNormalizationThreshold(1.0)
        .list()
        .layer(new LastTimeStep(new LSTM.Builder().nIn(spec.inputs()).nOut(spec.hidden())
            .activation(Activation.TANH).build()))
        .layer(new OutputLayer.Builder(switch (spec.output()) {
          case BINARY -> LossFunctions.LossFunction.XENT;
          case REGRESSION -> LossFunctions.LossFunction.MSE;
          case REGRESSION_MAE -> LossFunctions.LossFunction.MEAN_ABSOLUTE_ERROR;
        })
            .activation(binary ? Activation.SIGMOID : Activation.IDENTITY)
            .nIn(spec.hidden()).nOut(spec.outputs()).build())
        .build();
    // ND4J's generator is used by some ops besides the initialiser: seed it as well.
    Nd4j.getRandom().setSeed(spec.seed());
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    return new SequenceNet(net);
  }

  /** Input channels per step. */
  public int inputs() {
    return inputs;
  }

  /** Output columns per row. */
  public int outputs() {
    return outputs;
  }

  /**
   * One gradient step on a batch.
   *
   * @param x    {@code [rows][inputs][steps]}, flattened
   * @param y    {@code [rows][outputs]}, flattened
   * @param mask {@code [rows][outputs]}: 1 where {@code y} counts, 0 where it is missing; null
   *             when everything counts
   * @return the batch's loss before the step
   */
  public double fit(float[] x, float[] y, float[] mask, int rows, int steps) {
    INDArray in = Nd4j.create(x, new long[] {rows, inputs, steps}, 'c');
    INDArray out = Nd4j.create(y, new long[] {rows, outputs}, 'c');
    INDArray m = mask == null ? null : Nd4j.create(mask, new long[] {rows, outputs}, 'c');
    net.fit(new DataSet(in, out, null, m));
    forward = null;
    return net.score();
  }

  /**
   * The network's outputs for a batch, in one call, computed in plain Java ({@link
   * LstmForward}); they match DL4J's {@code net.output} to about 1e-6.
   *
   * @param x {@code [rows][inputs][steps]}, flattened
   * @return {@code [rows][outputs]}, flattened
   */
  public float[] output(float[] x, int rows, int steps) {
    // Java at every batch size: it measured faster than DL4J from 1 row to 4096 (the batches
    // of evaluation in training), about 4 to 7 times at a run's 48 rows and 1.2 to 2.7 times at
    // 4096, where DL4J's overhead is spread over many rows (src/build/bench-infer.sh).
    return forward().output(x, rows, steps);
  }

  /** The plain-Java pass over the current weights, made again after they changed. */
  LstmForward forward() {
    LstmForward f = forward;
    if (f == null) {
      f = LstmForward.of(net);
      forward = f;
    }
    return f;
  }

  /** {@link #output} computed by DL4J: the reference for tests and the benchmark. */
  float[] dl4jOutput(float[] x, int rows, int steps) {
    INDArray in = Nd4j.create(x, new long[] {rows, inputs, steps}, 'c');
    INDArray out = net.output(in, false);
    return out.castTo(DataType.FLOAT).dup('c').data().asFloat();
  }

  /** A copy of all weights, in DL4J's flattened order. */
  public float[] parameters() {
    return net.params().dup().data().asFloat();
  }

  /** Sets all weights (as returned by {@link #parameters()}). */
  public void setParameters(float[] p) {
    net.setParams(Nd4j.create(p, new long[] {1, p.length}, 'c'));
    forward = null;
  }

  /** Writes the network (configuration and weights, no updater state) as a DL4J zip. */
  public void write(OutputStream out) throws IOException {
    ModelSerializer.writeModel(net, out, false);
  }

  /**
   * Reads a network written by {@link #write} (other zip entries are ignored).
   *
   * @throws IOException when the stream holds no DL4J network of this shape
   */
  public static SequenceNet read(InputStream in) throws IOException {
    useModuleClassLoader();
    MultiLayerNetwork net;
    try {
      net = ModelSerializer.restoreMultiLayerNetwork(in, false);
    } catch (RuntimeException e) {
      // DL4J reports a missing or broken entry as IllegalStateException and the like.
      throw new IOException(e.getMessage(), e);
    }
    if (net.getnLayers() != 2
        || !(net.getLayerWiseConfigurations().getConf(0).getLayer() instanceof LastTimeStep)
        || !(net.getLayerWiseConfigurations().getConf(1).getLayer() instanceof OutputLayer)) {
      throw new IOException("the network is not an LSTM followed by an output layer");
    }
    return new SequenceNet(net);
  }
}
