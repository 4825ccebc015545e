package org.citysim.models.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The plain-Java pass against DL4J's {@code net.output} on the same weights: random weights,
 * after training steps, after setting weights, after a file round trip.
 */
class LstmForwardTest {
  /** Float rounding in two different summation orders stays far below this. */
  private static final double TOLERANCE = 1e-5;
  private static final int[] ROWS = {1, 2, 7, 48, 130};

  private static SequenceNet net(int inputs, int steps, int hidden, int outputs,
      NetSpec.Output kind) {
    return SequenceNet.create(new NetSpec(inputs, steps, hidden, outputs, kind, 1e-2, 11));
  }

  /** Gaussian values times {@code scale}. */
  private static float[] gaussian(int n, double scale, long seed) {
    Random rnd = new Random(seed);
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) (scale * rnd.nextGaussian());
    }
    return a;
  }

  /**
   * Weights far from the initialiser's (every gate bias random too, where DL4J starts the
   * forget gate at 1), so a wrong gate order or a transposed matrix cannot hide.
   */
  private static void randomise(SequenceNet net, long seed) {
    net.setParameters(gaussian(net.parameters().length, 0.5, seed));
  }

  /** Largest difference between the two passes over inputs of several row counts. */
  private static double maxDifference(SequenceNet net, int steps, long seed) {
    double worst = 0;
    for (int rows : ROWS) {
      float[] x = gaussian(rows * net.inputs() * steps, 1.0, seed + rows);
      float[] want = net.dl4jOutput(x, rows, steps);
      float[] got = net.forward().output(x, rows, steps);
      assertEquals(want.length, got.length);
      for (int i = 0; i < want.length; i++) {
        assertTrue(Float.isFinite(want[i]), "DL4J output " + want[i]);
        worst = Math.max(worst, Math.abs(want[i] - got[i]));
      }
    }
    return worst;
  }

  private static void assertSameAsDl4j(SequenceNet net, int steps, long seed) {
    double d = maxDifference(net, steps, seed);
    assertTrue(d <= TOLERANCE, "Java pass differs from DL4J by " + d);
  }

  @Test
  void regression_randomWeights_equalsDl4j() {
    SequenceNet net = net(29, 12, 32, 9, NetSpec.Output.REGRESSION);
    randomise(net, 1);
    assertSameAsDl4j(net, 12, 100);
  }

  @Test
  void maeRegression_randomWeights_equalsDl4j() {
    SequenceNet net = net(10, 12, 16, 3, NetSpec.Output.REGRESSION_MAE);
    randomise(net, 2);
    assertSameAsDl4j(net, 12, 200);
  }

  @Test
  void binary_randomWeights_equalsDl4j() {
    SequenceNet net = net(20, 6, 32, 1, NetSpec.Output.BINARY);
    randomise(net, 3);
    assertSameAsDl4j(net, 6, 300);
  }

  @Test
  void initialWeights_oneStepAndOddSizes_equalDl4j() {
    // The initialiser's weights as they are (forget bias 1), a single step, sizes that are no
    // multiple of a vector width.
    SequenceNet net = net(3, 1, 5, 2, NetSpec.Output.REGRESSION);
    assertSameAsDl4j(net, 1, 400);
    assertSameAsDl4j(net, 17, 401);
  }

  @Test
  void afterFitSteps_equalsDl4jOnTheNewWeights() {
    for (NetSpec.Output kind : NetSpec.Output.values()) {
      SequenceNet net = net(8, 12, 16, 2, kind);
      int rows = 64;
      float[] x = gaussian(rows * 8 * 12, 1.0, 5);
      float[] y = gaussian(rows * 2, 1.0, 6);
      if (kind == NetSpec.Output.BINARY) {
        for (int i = 0; i < y.length; i++) {
          y[i] = y[i] > 0 ? 1 : 0;
        }
      }
      float[] before = net.output(x, rows, 12); // builds the Java pass on the first weights
      for (int k = 0; k < 5; k++) {
        net.fit(x, y, null, rows, 12);
      }
      float[] after = net.output(x, rows, 12);
      assertTrue(maxAbs(before, after) > 100 * TOLERANCE,
          kind + ": training must move the outputs, or this test shows nothing");
      assertSameAsDl4j(net, 12, 500);
    }
  }

  @Test
  void afterSetParameters_equalsDl4jOnTheNewWeights() {
    SequenceNet net = net(6, 12, 8, 3, NetSpec.Output.REGRESSION);
    float[] x = gaussian(10 * 6 * 12, 1.0, 7);
    float[] before = net.output(x, 10, 12);
    randomise(net, 8);
    assertTrue(maxAbs(before, net.output(x, 10, 12)) > 100 * TOLERANCE);
    assertSameAsDl4j(net, 12, 600);
  }

  @Test
  void afterWriteAndRead_equalsTheWrittenNetsDl4jOutput() throws IOException {
    SequenceNet net = net(10, 12, 32, 1, NetSpec.Output.BINARY);
    randomise(net, 9);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    net.write(bytes);
    SequenceNet back = SequenceNet.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertSameAsDl4j(back, 12, 700);
    float[] x = gaussian(48 * 10 * 12, 1.0, 10);
    assertTrue(maxAbs(net.dl4jOutput(x, 48, 12), back.output(x, 48, 12)) <= TOLERANCE);
  }

  @Test
  void output_usesTheJavaPass() {
    SequenceNet net = net(4, 12, 8, 2, NetSpec.Output.REGRESSION);
    randomise(net, 12);
    float[] x = gaussian(48 * 4 * 12, 1.0, 13);
    assertEquals(java.util.Arrays.toString(net.forward().output(x, 48, 12)),
        java.util.Arrays.toString(net.output(x, 48, 12)));
  }

  @Test
  void wrongInputLength_isRefused() {
    SequenceNet net = net(4, 12, 8, 2, NetSpec.Output.REGRESSION);
    assertThrows(IllegalArgumentException.class, () -> net.output(new float[47], 1, 12));
  }

  @Test
  void aNetworkOfAnotherShape_isRefused() {
    // Peepholes or another cell activation would need other arithmetic: refused, not guessed.
    MultiLayerNetwork relu = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().list()
        .layer(new LastTimeStep(new LSTM.Builder().nIn(2).nOut(3)
            .activation(Activation.RELU).build()))
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE)
            .activation(Activation.IDENTITY).nIn(3).nOut(1).build())
        .build());
    relu.init();
    assertThrows(IllegalArgumentException.class, () -> LstmForward.of(relu));
  }

  private static double maxAbs(float[] a, float[] b) {
    double m = 0;
    for (int i = 0; i < a.length; i++) {
      m = Math.max(m, Math.abs(a[i] - b[i]));
    }
    return m;
  }
}
