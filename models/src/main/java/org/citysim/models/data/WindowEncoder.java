package org.citysim.models.data;

import java.util.List;

/**
 * Lays a window of sensor history out as network input, in the NCW order the recurrent layers
 * read ({@code [row][channel][step]}, flattened).
 *
 * <p>Everything is expressed against the {@link TimeOfDayProfile}: the input carries each
 * reading's <em>residual</em> (reading minus the usual reading for that slot, in standard
 * deviations of the sensor), and the targets are residuals too. A network that outputs zero
 * thus reproduces the historical average, and what it learns is how today's deviation so far
 * (say, a day with 15 % more demand) carries on over the next half hour, which the historical
 * average cannot know.
 *
 * <p>Channels per step of a sensor ({@link Layout#PER_SENSOR}, F features, H horizons):
 * residual (F, last valid value carried forward inside the window, 0 before the first one),
 * mask (F, 1 = read, 0 = filled), the usual level at that slot (F, z-scored), the mean residual
 * of the downstream neighbours (F), of the upstream ones (F: the sensors that list this one
 * downstream, whose traffic arrives next) and of all sensors that read something (F: the day's
 * network-wide deviation, averaged over many sensors and so far less noisy than one sensor's),
 * the usual level at each target slot (H x F, the same at every step), then sin and cos of the
 * time of day at the end of the step's slot. {@link Layout#JOINT} puts residual, mask, usual
 * level and target levels of every sensor side by side in one row and adds the two time
 * channels once.
 */
public final class WindowEncoder {

  /** How sensors map to network rows. */
  public enum Layout {
    /** One row per sensor and window, one network shared by all sensors. */
    PER_SENSOR,
    /** One row per window with every sensor's channels. */
    JOINT
  }

  private final Layout layout;
  private final int history;
  private final int[] targets;
  private final int sensors;
  private final int features;
  private final Standardization norm;
  private final TimeOfDayProfile profile;
  private final int[][] downstream;
  private final int[][] upstream;
  private final double interval;
  private final double dayStart;
  private final float[][][] usual; // profile on the z scale, [slot][sensor][feature]

  /**
   * @param layout     rows per sensor or per window
   * @param history    slots of history per window
   * @param targets    slots ahead of the last history slot whose usual level is an input (the
   *                   forecast horizons; empty for a classifier)
   * @param norm       standardisation fitted on training days
   * @param profile    time-of-day profile fitted on training days
   * @param downstream per sensor, its downstream neighbours' indices
   * @param interval   slot length [s]
   * @param dayStart   time of day at the start of slot 0 [s]
   */
  public WindowEncoder(Layout layout, int history, int[] targets, Standardization norm,
      TimeOfDayProfile profile, List<List<Integer>> downstream, double interval,
      double dayStart) {
    if (history < 1) {
      throw new IllegalArgumentException("history must be at least one slot");
    }
    this.layout = layout;
    this.history = history;
    this.targets = targets.clone();
    this.sensors = norm.sensors();
    this.features = norm.mean().length == 0 ? 0 : norm.mean()[0].length;
    this.norm = norm;
    this.profile = profile;
    this.downstream = new int[sensors][];
    for (int i = 0; i < sensors; i++) {
      this.downstream[i] = downstream.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    List<List<Integer>> up = new java.util.ArrayList<>();
    for (int i = 0; i < sensors; i++) {
      up.add(new java.util.ArrayList<>());
    }
    for (int i = 0; i < sensors; i++) {
      for (int j : this.downstream[i]) {
        up.get(j).add(i);
      }
    }
    this.upstream = new int[sensors][];
    for (int i = 0; i < sensors; i++) {
      this.upstream[i] = up.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    this.interval = interval;
    this.dayStart = dayStart;
    int slots = profile.slots();
    this.usual = new float[slots][sensors][features];
    for (int t = 0; t < slots; t++) {
      for (int i = 0; i < sensors; i++) {
        for (int f = 0; f < features; f++) {
          usual[t][i][f] = norm.z(profile.mean()[t][i][f], i, f);
        }
      }
    }
  }

  /** Rows per sensor or per window. */
  public Layout layout() {
    return layout;
  }

  /** Slots of history per window. */
  public int history() {
    return history;
  }

  /** Input channels per step. */
  public int channels() {
    int perSensor = 3 * features + targets.length * features;
    return layout == Layout.PER_SENSOR ? perSensor + 3 * features + 2
        : sensors * perSensor + 2;
  }

  /** Target values per row: horizons x features, times sensors for {@link Layout#JOINT}. */
  public int outputs() {
    int perSensor = targets.length * features;
    return layout == Layout.PER_SENSOR ? perSensor : sensors * perSensor;
  }

  /** Network rows per window: one per sensor, or one. */
  public int rowsPerWindow() {
    return layout == Layout.PER_SENSOR ? sensors : 1;
  }

  /**
   * Residuals of raw readings on the z scale, NaN where the reading is missing.
   *
   * @param raw       {@code raw[k][sensor][feature]} [feature unit]
   * @param firstSlot slot of the day of {@code raw[0]}
   */
  public float[][][] residuals(float[][][] raw, int firstSlot) {
    float[][][] r = new float[raw.length][sensors][features];
    for (int k = 0; k < raw.length; k++) {
      int slot = firstSlot + k;
      for (int i = 0; i < sensors; i++) {
        for (int f = 0; f < features; f++) {
          float v = raw[k][i][f];
          r[k][i][f] = Float.isNaN(v) ? Float.NaN
              : norm.scale(v - profile.at(slot, i, f), i, f);
        }
      }
    }
    return r;
  }

  /**
   * Writes the input row(s) of one window into {@code out}.
   *
   * @param res      {@link #residuals} of the window's {@link #history()} slots
   * @param lastSlot slot of the day of the window's last step
   * @param row      first row to write ({@link #rowsPerWindow()} rows are written, or one
   *                 with {@code onlySensor})
   * @param onlySensor with {@link Layout#PER_SENSOR}, the one sensor to encode, or -1 for all
   */
  public void encode(float[][][] res, int lastSlot, float[] out, int row, int onlySensor) {
    if (res.length != history) {
      throw new IllegalArgumentException(
          "window has " + res.length + " slots, the encoder needs " + history);
    }
    int c = channels();
    // Filled per sensor on demand: a per-sensor row needs only its own and its neighbours'.
    Filled fl = new Filled(res);
    int firstSlot = lastSlot - history + 1;
    if (layout == Layout.PER_SENSOR) {
      int from = onlySensor < 0 ? 0 : onlySensor;
      int to = onlySensor < 0 ? sensors : onlySensor + 1;
      for (int i = from; i < to; i++) {
        int base = (row + i - from) * c * history;
        writeSensor(fl, i, firstSlot, lastSlot, out, base, 0, true);
        writeTime(firstSlot, out, base, 6 * features + targets.length * features);
      }
    } else {
      int base = row * c * history;
      int per = 3 * features + targets.length * features;
      for (int i = 0; i < sensors; i++) {
        writeSensor(fl, i, firstSlot, lastSlot, out, base, i * per, false);
      }
      writeTime(firstSlot, out, base, sensors * per);
    }
  }

  private void writeSensor(Filled fl, int i, int firstSlot, int lastSlot, float[] out,
      int base, int ch0, boolean neighbours) {
    int ch = ch0;
    float[][] filled = fl.values(i);
    float[][] mask = fl.mask(i);
    for (int f = 0; f < features; f++, ch++) {
      for (int k = 0; k < history; k++) {
        out[base + ch * history + k] = filled[k][f];
      }
    }
    for (int f = 0; f < features; f++, ch++) {
      for (int k = 0; k < history; k++) {
        out[base + ch * history + k] = mask[k][f];
      }
    }
    for (int f = 0; f < features; f++, ch++) {
      for (int k = 0; k < history; k++) {
        out[base + ch * history + k] = usual(firstSlot + k, i, f);
      }
    }
    if (neighbours) {
      ch = writeMean(fl, downstream[i], out, base, ch);
      ch = writeMean(fl, upstream[i], out, base, ch);
      ch = writeNetworkMean(fl.res, out, base, ch);
    }
    for (int h : targets) {
      for (int f = 0; f < features; f++, ch++) {
        float u = usual(lastSlot + h, i, f);
        for (int k = 0; k < history; k++) {
          out[base + ch * history + k] = u;
        }
      }
    }
  }

  /** The mean filled residual of {@code group} per feature and step (0 for an empty group). */
  private int writeMean(Filled fl, int[] group, float[] out, int base, int ch0) {
    int ch = ch0;
    for (int f = 0; f < features; f++, ch++) {
      for (int k = 0; k < history; k++) {
        float s = 0;
        for (int j : group) {
          s += fl.values(j)[k][f];
        }
        out[base + ch * history + k] = group.length == 0 ? 0 : s / group.length;
      }
    }
    return ch;
  }

  /**
   * The mean residual over every sensor that read something, per feature and step (0 when none
   * did). Missing readings are left out rather than carried forward: with many sensors the
   * others carry the step.
   */
  private int writeNetworkMean(float[][][] res, float[] out, int base, int ch0) {
    int ch = ch0;
    for (int f = 0; f < features; f++, ch++) {
      for (int k = 0; k < history; k++) {
        float s = 0;
        int n = 0;
        for (float[] r : res[k]) {
          if (!Float.isNaN(r[f])) {
            s += r[f];
            n++;
          }
        }
        out[base + ch * history + k] = n == 0 ? 0 : s / n;
      }
    }
    return ch;
  }

  private void writeTime(int firstSlot, float[] out, int base, int ch) {
    for (int k = 0; k < history; k++) {
      double tod = dayStart + (firstSlot + k + 1) * interval;
      double a = 2 * Math.PI * tod / 86400.0;
      out[base + ch * history + k] = (float) Math.sin(a);
      out[base + (ch + 1) * history + k] = (float) Math.cos(a);
    }
  }

  /**
   * A window's residuals with gaps filled: the last valid residual carried forward inside the
   * window, 0 (the usual level) before the first one; computed per sensor when first asked.
   */
  private final class Filled {
    private final float[][][] res;
    private final float[][][] values = new float[sensors][][];
    private final float[][][] mask = new float[sensors][][];

    Filled(float[][][] res) {
      this.res = res;
    }

    float[][] values(int i) {
      if (values[i] == null) {
        compute(i);
      }
      return values[i];
    }

    float[][] mask(int i) {
      if (mask[i] == null) {
        compute(i);
      }
      return mask[i];
    }

    private void compute(int i) {
      float[][] v = new float[history][features];
      float[][] m = new float[history][features];
      for (int f = 0; f < features; f++) {
        float last = 0;
        for (int k = 0; k < history; k++) {
          float x = res[k][i][f];
          if (Float.isNaN(x)) {
            v[k][f] = last;
          } else {
            v[k][f] = x;
            m[k][f] = 1;
            last = x;
          }
        }
      }
      values[i] = v;
      mask[i] = m;
    }
  }

  /** The usual level at {@code slot} on the z scale (clamped into the day). */
  public float usual(int slot, int sensor, int feature) {
    return usual[Math.max(0, Math.min(usual.length - 1, slot))][sensor][feature];
  }

  /**
   * The target of one sensor, feature and target slot: the reading's residual on the z scale,
   * or NaN when the reading is missing.
   */
  public float target(float reading, int slot, int sensor, int feature) {
    return Float.isNaN(reading) ? Float.NaN
        : norm.scale(reading - profile.at(slot, sensor, feature), sensor, feature);
  }

  /** Back from a network output (a residual on the z scale) to a reading [feature unit]. */
  public float reading(float output, int slot, int sensor, int feature) {
    return (float) (profile.at(slot, sensor, feature) + norm.unscale(output, sensor, feature));
  }

  /** Column of sensor {@code i}, target {@code h} and feature {@code f} in an output row. */
  public int outputColumn(int i, int h, int f) {
    int perSensor = (h * features) + f;
    return layout == Layout.PER_SENSOR ? perSensor : i * targets.length * features + perSensor;
  }
}
