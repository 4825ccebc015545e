package org.citysim.models.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class SequenceNetTest {
  private static final int STEPS = 12;

  /** Windows of a noiseless sine, target the next value: {x, y}. */
  private static float[][] sine(int rows, double phase0) {
    float[] x = new float[rows * STEPS];
    float[] y = new float[rows];
    for (int r = 0; r < rows; r++) {
      double phase = phase0 + r * 0.37;
      for (int k = 0; k < STEPS; k++) {
        x[r * STEPS + k] = (float) Math.sin(phase + k * 0.3);
      }
      y[r] = (float) Math.sin(phase + STEPS * 0.3);
    }
    return new float[][] {x, y};
  }

  private static double mse(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return s / a.length;
  }

  /** Full-batch training: few network calls, so the test stays quick. */
  private static SequenceNet trainSine(long seed, int epochs) {
    SequenceNet net = SequenceNet.create(
        new NetSpec(1, STEPS, 16, 1, NetSpec.Output.REGRESSION, 3e-2, seed));
    float[][] d = sine(256, 0);
    for (int e = 0; e < epochs; e++) {
      net.fit(d[0], d[1], null, 256, STEPS);
    }
    return net;
  }

  @Test
  void learnsNoiselessSine_wellBelowTheVarianceOfTheTarget() {
    SequenceNet net = trainSine(3, 60);
    float[][] test = sine(100, 1000.1); // other phases than trained on
    double mse = mse(net.output(test[0], 100, STEPS), test[1]);
    // The target's variance is 0.5 (predicting its mean scores 0.5); trained, about 1e-4.
    assertTrue(mse < 0.002, "test MSE on the sine was " + mse);
  }

  @Test
  void sameSeed_givesBitIdenticalWeights_otherSeedDiffers() {
    float[] a = trainSine(5, 3).parameters();
    float[] b = trainSine(5, 3).parameters();
    float[] c = trainSine(6, 3).parameters();
    assertArrayEquals(a, b);
    assertTrue(!java.util.Arrays.equals(a, c), "another seed gave the same weights");
  }

  @Test
  void writeAndRead_giveIdenticalOutputs() throws IOException {
    SequenceNet net = trainSine(7, 2);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    net.write(bytes);
    SequenceNet back = SequenceNet.read(new ByteArrayInputStream(bytes.toByteArray()));
    float[][] test = sine(50, 3);
    assertArrayEquals(net.output(test[0], 50, STEPS), back.output(test[0], 50, STEPS));
    assertArrayEquals(net.parameters(), back.parameters());
    assertEquals(1, back.inputs());
    assertEquals(1, back.outputs());
  }

  @Test
  void maskedTargets_doNotMoveTheWeights() {
    // Two outputs; the second target is garbage but masked out everywhere. Training must give
    // the same weights as with a harmless value there.
    float[][] d = sine(64, 0);
    float[] y1 = new float[128];
    float[] y2 = new float[128];
    float[] mask = new float[128];
    for (int r = 0; r < 64; r++) {
      y1[2 * r] = d[1][r];
      y2[2 * r] = d[1][r];
      y1[2 * r + 1] = 0;
      y2[2 * r + 1] = 1000;
      mask[2 * r] = 1;
    }
    NetSpec spec = new NetSpec(1, STEPS, 8, 2, NetSpec.Output.REGRESSION, 1e-2, 9);
    SequenceNet a = SequenceNet.create(spec);
    a.fit(d[0], y1, mask, 64, STEPS);
    SequenceNet b = SequenceNet.create(spec);
    b.fit(d[0], y2, mask, 64, STEPS);
    assertArrayEquals(a.parameters(), b.parameters());
    SequenceNet c = SequenceNet.create(spec);
    c.fit(d[0], y2, null, 64, STEPS);
    assertTrue(!java.util.Arrays.equals(a.parameters(), c.parameters()),
        "without the mask the garbage target must change the step");
  }

  @Test
  void maeLoss_learnsTheMedian_mseTheMean() {
    // Same input for every row; targets 0 in 80 % of the rows and 10 in the rest. The best
    // constant under MSE is the mean (2), under MAE the median (0).
    int rows = 100;
    float[] x = new float[rows * STEPS];
    float[] y = new float[rows];
    for (int r = 0; r < rows; r++) {
      y[r] = r % 5 == 0 ? 10 : 0;
    }
    float[] out = new float[2];
    NetSpec.Output[] kinds = {NetSpec.Output.REGRESSION, NetSpec.Output.REGRESSION_MAE};
    for (int k = 0; k < 2; k++) {
      SequenceNet net = SequenceNet.create(new NetSpec(1, STEPS, 4, 1, kinds[k], 0.1, 1));
      for (int e = 0; e < 60; e++) {
        net.fit(x, y, null, rows, STEPS);
      }
      out[k] = net.output(java.util.Arrays.copyOf(x, STEPS), 1, STEPS)[0];
    }
    assertEquals(2.0, out[0], 0.3, "MSE output");
    assertEquals(0.0, out[1], 0.3, "MAE output");
  }

  @Test
  void binaryOutput_isAProbability() {
    SequenceNet net = SequenceNet.create(
        new NetSpec(1, STEPS, 8, 1, NetSpec.Output.BINARY, 1e-2, 1));
    float[][] d = sine(20, 0);
    for (float p : net.output(d[0], 20, STEPS)) {
      assertTrue(p > 0 && p < 1, "sigmoid output " + p);
    }
  }

  @Test
  void readingGarbage_failsWithIoException() {
    assertThrows(IOException.class,
        () -> SequenceNet.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4})));
  }
}
