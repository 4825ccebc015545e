package org.citysim.models.incident;

import java.util.Arrays;
import org.citysim.models.data.WindowEncoder;
import org.citysim.models.nn.SequenceNet;

/** A classifier network with its encoder: windows of readings to blocking probabilities. */
final class IncidentModel {
  private static final int PREDICT_ROWS = 4096;

  final WindowEncoder encoder;
  final SequenceNet net;
  final int sensors;

  IncidentModel(WindowEncoder encoder, SequenceNet net, int sensors) {
    this.encoder = encoder;
    this.net = net;
    this.sensors = sensors;
  }

  /**
   * Encodes the rows {@code (day, lastSlot, sensor)} given by {@code ids[from..to)} into {@code
   * x}; a row id is {@code (day * slots + lastSlot) * sensors + sensor}.
   */
  void encodeRows(long[] ids, int from, int to, int slots, float[][][][] res, float[] x) {
    int w = encoder.history();
    for (int r = 0; r < to - from; r++) {
      long id = ids[from + r];
      int sensor = (int) (id % sensors);
      long ds = id / sensors;
      int day = (int) (ds / slots);
      int last = (int) (ds % slots);
      float[][][] window = Arrays.copyOfRange(res[day], last - w + 1, last + 1);
      encoder.encode(window, last, x, r, sensor);
    }
  }

  /** Probabilities of the rows {@code ids}, in order. */
  float[] predict(long[] ids, int slots, float[][][][] res) {
    float[] p = new float[ids.length];
    int ch = encoder.channels();
    int w = encoder.history();
    for (int from = 0; from < ids.length; from += PREDICT_ROWS) {
      int to = Math.min(ids.length, from + PREDICT_ROWS);
      float[] x = new float[(to - from) * ch * w];
      encodeRows(ids, from, to, slots, res, x);
      float[] o = net.output(x, to - from, w);
      System.arraycopy(o, 0, p, from, to - from);
    }
    return p;
  }

  /** Probabilities per sensor from one window of raw readings, in one network call. */
  double[] probabilities(float[][][] window, int lastSlot) {
    int w = encoder.history();
    float[][][] res = encoder.residuals(window, lastSlot - w + 1);
    float[] x = new float[sensors * encoder.channels() * w];
    encoder.encode(res, lastSlot, x, 0, -1);
    float[] o = net.output(x, sensors, w);
    double[] p = new double[sensors];
    for (int i = 0; i < sensors; i++) {
      p[i] = o[i];
    }
    return p;
  }
}
