package org.citysim.models.forecast;

import java.util.Arrays;
import org.citysim.models.data.WindowEncoder;
import org.citysim.models.data.WindowSet;
import org.citysim.models.nn.SequenceNet;

/**
 * A network with its encoder: turns windows of readings into forecasts. Used while training
 * (batches of windows of the data set) and at run time (one window of all sensors, one network
 * call).
 */
final class ForecastModel {
  /** Rows per network call when predicting many windows. */
  private static final int PREDICT_ROWS = 4096;

  final WindowEncoder encoder;
  final SequenceNet net;
  final int[] horizonSlots;
  final int sensors;
  final int features;

  ForecastModel(WindowEncoder encoder, SequenceNet net, int[] horizonSlots, int sensors,
      int features) {
    this.encoder = encoder;
    this.net = net;
    this.horizonSlots = horizonSlots.clone();
    this.sensors = sensors;
    this.features = features;
  }

  /** Network rows of {@code windows}: one per window, or one per window and sensor. */
  int rows(WindowSet windows) {
    return windows.size() * encoder.rowsPerWindow();
  }

  /**
   * Encodes rows {@code ids[from..to)} into {@code x} (and their targets into {@code y}, {@code
   * mask} unless null).
   *
   * @param res residuals per day ({@link WindowEncoder#residuals}), indexed by day
   */
  void encodeRows(int[] ids, int from, int to, WindowSet windows, float[][][][] res,
      float[][][][] values, float[] x, float[] y, float[] mask) {
    int rpw = encoder.rowsPerWindow();
    int h = encoder.history();
    int outs = encoder.outputs();
    for (int r = 0; r < to - from; r++) {
      int id = ids == null ? from + r : ids[from + r];
      int w = id / rpw;
      int sensor = encoder.layout() == WindowEncoder.Layout.PER_SENSOR ? id % rpw : -1;
      int day = windows.day()[w];
      int last = windows.lastSlot()[w];
      float[][][] window = Arrays.copyOfRange(res[day], last - h + 1, last + 1);
      encoder.encode(window, last, x, r, sensor);
      if (y == null) {
        continue;
      }
      int s0 = sensor < 0 ? 0 : sensor;
      int s1 = sensor < 0 ? sensors : sensor + 1;
      for (int i = s0; i < s1; i++) {
        for (int k = 0; k < horizonSlots.length; k++) {
          int slot = last + horizonSlots[k];
          for (int f = 0; f < features; f++) {
            float t = encoder.target(values[day][slot][i][f], slot, i, f);
            int col = r * outs + encoder.outputColumn(i, k, f);
            boolean missing = Float.isNaN(t);
            y[col] = missing ? 0 : t;
            mask[col] = missing ? 0 : 1;
          }
        }
      }
    }
  }

  /**
   * Forecasts of every window, {@code [window][horizon][sensor][feature]} [feature unit].
   */
  float[][][][] predict(WindowSet windows, float[][][][] res) {
    int rpw = encoder.rowsPerWindow();
    int total = rows(windows);
    int ch = encoder.channels();
    int h = encoder.history();
    int outs = encoder.outputs();
    float[][][][] out = new float[windows.size()][horizonSlots.length][sensors][features];
    int step = Math.max(rpw, PREDICT_ROWS / rpw * rpw);
    for (int from = 0; from < total; from += step) {
      int to = Math.min(total, from + step);
      int rows = to - from;
      float[] x = new float[rows * ch * h];
      encodeRows(null, from, to, windows, res, null, x, null, null);
      float[] o = net.output(x, rows, h);
      for (int r = 0; r < rows; r++) {
        int id = from + r;
        int w = id / rpw;
        int s0 = encoder.layout() == WindowEncoder.Layout.PER_SENSOR ? id % rpw : 0;
        int s1 = encoder.layout() == WindowEncoder.Layout.PER_SENSOR ? s0 + 1 : sensors;
        decode(o, r * outs, windows.lastSlot()[w], s0, s1, out[w]);
      }
    }
    return out;
  }

  /**
   * Forecasts from one window of raw readings, with one network call for all sensors.
   *
   * @param history  {@code [slot][sensor][feature]} raw readings, oldest first, NaN = missing
   * @param lastSlot slot of the day of the last history slot
   * @return {@code [horizon][sensor][feature]} [feature unit]
   */
  float[][][] forecast(float[][][] history, int lastSlot) {
    int h = encoder.history();
    float[][][] res = encoder.residuals(history, lastSlot - h + 1);
    int rows = encoder.rowsPerWindow();
    float[] x = new float[rows * encoder.channels() * h];
    encoder.encode(res, lastSlot, x, 0, -1);
    float[] o = net.output(x, rows, h);
    float[][][] out = new float[horizonSlots.length][sensors][features];
    int outs = encoder.outputs();
    if (encoder.layout() == WindowEncoder.Layout.PER_SENSOR) {
      for (int i = 0; i < sensors; i++) {
        decode(o, i * outs, lastSlot, i, i + 1, out);
      }
    } else {
      decode(o, 0, lastSlot, 0, sensors, out);
    }
    return out;
  }

  private void decode(float[] o, int offset, int lastSlot, int s0, int s1, float[][][] out) {
    for (int i = s0; i < s1; i++) {
      for (int k = 0; k < horizonSlots.length; k++) {
        int slot = lastSlot + horizonSlots[k];
        for (int f = 0; f < features; f++) {
          float z = o[offset + encoder.outputColumn(i, k, f)];
          out[k][i][f] = encoder.reading(z, slot, i, f);
        }
      }
    }
  }
}
