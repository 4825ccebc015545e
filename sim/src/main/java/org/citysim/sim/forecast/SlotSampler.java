package org.citysim.sim.forecast;

import java.util.ArrayDeque;
import java.util.List;
import org.citysim.sim.sensor.ApproachSensor;
import org.citysim.sim.sensor.SensorReading;

/**
 * Aggregates the interval readings of a fixed list of sensors into fixed slots (5 minutes in
 * data sets) and keeps the last {@code historySlots} closed slots as {@link Forecaster} and
 * {@link IncidentClassifier} take them: {@code float[slot][sensor][feature]}, features in
 * {@link #FEATURES} order. The data set builder uses it for whole days; a forecasting agent can
 * use it the same way, polling its sensors every sensor interval.
 *
 * <p>Per sensor and slot, over the sensor's valid readings in the slot:
 * <ul>
 *   <li>flow [veh/h]: vehicles counted over the valid time, as an hourly rate (so a slot with
 *       one lost interval is scaled up from the others rather than biased low);</li>
 *   <li>speed [m/s]: mean of the intervals' mean speeds, weighted by their counts; the link's
 *       free speed when no vehicle was counted (an empty road is free-flowing, and a NaN there
 *       would hide the most common night-time state);</li>
 *   <li>occupancy [0..1]: mean of the intervals' occupancies, weighted by their length.</li>
 * </ul>
 * All three are NaN when the valid readings cover less than {@code minCoverage} of the slot (a
 * dropout for the slot, or for most of it). A reading that never arrives (a camera whose
 * latency skipped it, or one still outstanding when the slot is closed by {@link #closeUntil})
 * counts as lost.
 *
 * <p>A reading belongs to the slot that holds its midpoint; readings must not be longer than a
 * slot, and the sensor interval should divide the slot (the data set builder checks it).
 * Readings before {@code start} and readings for slots already closed are ignored. A slot is
 * closed as soon as every sensor has reported an interval ending at or after its end, so slots
 * close in order and each exactly once. Not thread-safe: one sampler per run.
 *
 * <p>Timing: sensors close their intervals after the traffic of an instant, and an agent's
 * decisions run before it ({@code Priorities}), so an agent that polls every sensor interval
 * sees each reading one interval after it closed, and a slot's values one interval after its
 * end. The data set builder polls after the sensors ({@code Simulation#observe}), so it sees
 * them at once; the values are the same either way.
 */
public final class SlotSampler {
  /** The features of every slot, in column order. */
  public static final List<SensorDataset.Feature> FEATURES = List.of(
      SensorDataset.Feature.FLOW, SensorDataset.Feature.SPEED, SensorDataset.Feature.OCCUPANCY);

  /** Told of each slot as it closes. */
  @FunctionalInterface
  public interface SlotListener {
    /**
     * @param index  slot number from 0 (slot 0 starts at {@link #start()})
     * @param values {@code values[sensor][feature]}, owned by the listener
     */
    void slot(int index, float[][] values);
  }

  private final double start;
  private final double slot;
  private final double[] freeSpeed;
  private final double minCoverage;
  private final float[][][] ring;
  private final double[] reportedUntil;
  private final double[] lastFrom;
  private final ArrayDeque<double[][]> open = new ArrayDeque<>();
  private SlotListener listener;
  /** Index of the first open (not yet closed) slot. */
  private int next;

  /**
   * @param start        start of slot 0 [s since midnight]
   * @param slot         slot length [s], positive
   * @param freeSpeed    per sensor, the free speed of its link [m/s] (the speed of an empty slot)
   * @param minCoverage  share of a slot valid readings must cover for it to have values [0..1]
   * @param historySlots slots of history kept for {@link #history()}, at least 1
   */
  public SlotSampler(double start, double slot, double[] freeSpeed, double minCoverage,
      int historySlots) {
    if (!(slot > 0) || Double.isInfinite(slot) || !Double.isFinite(start)) {
      throw new IllegalArgumentException("slot must be positive and start finite, got " + slot
          + " and " + start);
    }
    if (!(minCoverage >= 0 && minCoverage <= 1)) {
      throw new IllegalArgumentException("minCoverage must be in [0, 1], got " + minCoverage);
    }
    if (historySlots < 1) {
      throw new IllegalArgumentException("historySlots must be >= 1, got " + historySlots);
    }
    this.start = start;
    this.slot = slot;
    this.freeSpeed = freeSpeed.clone();
    this.minCoverage = minCoverage;
    this.ring = new float[historySlots][][];
    this.reportedUntil = new double[freeSpeed.length];
    this.lastFrom = new double[freeSpeed.length];
    java.util.Arrays.fill(reportedUntil, Double.NEGATIVE_INFINITY);
    java.util.Arrays.fill(lastFrom, Double.NEGATIVE_INFINITY);
  }

  /** Sends every slot that closes from now on to {@code l} (one listener; null for none). */
  public void onSlot(SlotListener l) {
    this.listener = l;
  }

  /**
   * Reads the latest reading of each sensor ({@code sensors.get(i)} is sensor {@code i}) and
   * takes those not seen before. Call it every sensor interval, after the intervals close.
   */
  public void poll(List<? extends ApproachSensor> sensors) {
    if (sensors.size() != freeSpeed.length) {
      throw new IllegalArgumentException("expected " + freeSpeed.length + " sensors, got "
          + sensors.size());
    }
    for (int s = 0; s < freeSpeed.length; s++) {
      SensorReading r = sensors.get(s).last();
      if (r != null && r.from() > lastFrom[s]) {
        accept(s, r);
      }
    }
  }

  /** Takes one reading of sensor {@code s}, then closes the slots every sensor has passed. */
  public void accept(int s, SensorReading r) {
    double len = r.to() - r.from();
    if (!(len > 0) || len > slot + 1e-9) {
      throw new IllegalArgumentException("a reading must last (0, " + slot + "] s, got " + len);
    }
    lastFrom[s] = Math.max(lastFrom[s], r.from());
    reportedUntil[s] = Math.max(reportedUntil[s], r.to());
    int k = (int) Math.floor(((r.from() + r.to()) / 2 - start) / slot);
    if (r.from() >= start - 1e-9 && k >= next) {
      add(acc(k)[s], r, len);
    }
    double until = Double.POSITIVE_INFINITY;
    for (double u : reportedUntil) {
      until = Math.min(until, u);
    }
    closeUntil(until);
  }

  private static void add(double[] a, SensorReading r, double len) {
    if (!r.valid()) {
      return;
    }
    a[0] += len;
    a[1] += r.count();
    a[2] += r.occupancy() * len;
    if (r.count() > 0 && !Double.isNaN(r.meanSpeed())) {
      a[3] += r.meanSpeed() * r.count();
      a[4] += r.count();
    }
  }

  /** The accumulators of slot {@code k} ({@code k >= next}): [sensor][valid s, count, occ*s, v*n, n]. */
  private double[][] acc(int k) {
    while (next + open.size() <= k) {
      open.addLast(new double[freeSpeed.length][5]);
    }
    int i = 0;
    for (double[][] a : open) {
      if (i++ == k - next) {
        return a;
      }
    }
    throw new IllegalStateException("unreachable");
  }

  /**
   * Closes every slot that ends at or before {@code time} [s], whatever is still outstanding
   * (the end of a run, or an agent that will not wait for a late camera).
   *
   * @return slots closed
   */
  public int closeUntil(double time) {
    int closed = 0;
    while (start + (next + 1) * slot <= time + 1e-9) {
      double[][] a = open.isEmpty() ? new double[freeSpeed.length][5] : open.pollFirst();
      float[][] v = values(a);
      ring[next % ring.length] = v;
      if (listener != null) {
        float[][] copy = new float[v.length][];
        for (int s = 0; s < v.length; s++) {
          copy[s] = v[s].clone();
        }
        listener.slot(next, copy);
      }
      next++;
      closed++;
    }
    return closed;
  }

  private float[][] values(double[][] a) {
    float[][] v = new float[a.length][FEATURES.size()];
    for (int s = 0; s < a.length; s++) {
      double valid = a[s][0];
      if (valid <= 0 || valid < minCoverage * slot - 1e-9) {
        java.util.Arrays.fill(v[s], Float.NaN);
        continue;
      }
      v[s][0] = (float) (a[s][1] * 3600.0 / valid);
      v[s][1] = (float) (a[s][4] > 0 ? a[s][3] / a[s][4] : freeSpeed[s]);
      v[s][2] = (float) (a[s][2] / valid);
    }
    return v;
  }

  /**
   * The last {@code historySlots} closed slots, oldest first, as {@code [slot][sensor][feature]};
   * slots not closed yet (at the start of a run) are NaN. A fresh array.
   */
  public float[][][] history() {
    int h = ring.length;
    float[][][] out = new float[h][freeSpeed.length][FEATURES.size()];
    for (int i = 0; i < h; i++) {
      int k = next - h + i;
      for (int s = 0; s < freeSpeed.length; s++) {
        if (k < 0) {
          java.util.Arrays.fill(out[i][s], Float.NaN);
        } else {
          System.arraycopy(ring[k % h][s], 0, out[i][s], 0, FEATURES.size());
        }
      }
    }
    return out;
  }

  /** Slots closed so far. */
  public int closedSlots() {
    return next;
  }

  /** End of the last closed slot [s since midnight]; {@link #start()} before the first. */
  public double closedUntil() {
    return start + next * slot;
  }

  /** Start of slot 0 [s since midnight]. */
  public double start() {
    return start;
  }

  /** Slot length [s]. */
  public double slot() {
    return slot;
  }

  /** Number of sensors. */
  public int sensors() {
    return freeSpeed.length;
  }
}
