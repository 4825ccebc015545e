package org.citysim.models.data;

import java.util.Arrays;
import org.citysim.sim.forecast.SensorDataset;

/**
 * Sliding windows over the days of one split: window {@code w} ends with slot {@code
 * lastSlot[w]} of day {@code day[w]}. Windows never cross midnight, because the simulated days
 * are independent runs.
 *
 * @param day      day index per window
 * @param lastSlot last slot of history per window
 */
public record WindowSet(int[] day, int[] lastSlot) {

  public WindowSet {
    if (day.length != lastSlot.length) {
      throw new IllegalArgumentException("day and lastSlot differ in length");
    }
  }

  /**
   * Every window of {@code days} with {@code history} slots of history and {@code lookahead}
   * slots of future inside the day.
   */
  public static WindowSet of(SensorDataset ds, int[] days, int history, int lookahead) {
    int first = history - 1;
    int last = ds.slots() - 1 - lookahead;
    int per = Math.max(0, last - first + 1);
    int[] d = new int[days.length * per];
    int[] t = new int[days.length * per];
    int k = 0;
    for (int day : days) {
      for (int s = first; s <= last; s++) {
        d[k] = day;
        t[k] = s;
        k++;
      }
    }
    return new WindowSet(d, t);
  }

  /**
   * The windows whose last slot is a multiple of {@code n}, for cheaper epochs: neighbouring
   * windows share all but one slot.
   */
  public WindowSet every(int n) {
    if (n == 1) {
      return this;
    }
    int[] keep = java.util.stream.IntStream.range(0, size()).filter(w -> lastSlot[w] % n == 0)
        .toArray();
    int[] d = new int[keep.length];
    int[] t = new int[keep.length];
    for (int k = 0; k < keep.length; k++) {
      d[k] = day[keep[k]];
      t[k] = lastSlot[keep[k]];
    }
    return new WindowSet(d, t);
  }

  /** Windows. */
  public int size() {
    return day.length;
  }

  /** Its days, each once, ascending. */
  public int[] days() {
    return Arrays.stream(day).distinct().sorted().toArray();
  }

  /**
   * The history of window {@code w}: {@code [slot][sensor][feature]}, oldest first. A view on
   * the data set's arrays, not a copy.
   */
  public float[][][] history(SensorDataset ds, int w, int slots) {
    float[][][] dayValues = ds.values()[day[w]];
    return Arrays.copyOfRange(dayValues, lastSlot[w] - slots + 1, lastSlot[w] + 1);
  }
}
