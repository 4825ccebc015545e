package org.citysim.agents.dispatch;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Travel times [s] from a set of source nodes to a set of target nodes, computed once per
 * dispatch decision. Pairs outside the sets are unknown ({@link Double#POSITIVE_INFINITY}), except
 * a node to itself (0).
 */
public final class TravelTimeMatrix implements TravelTime {
  private final Map<Integer, Integer> row = new HashMap<>();
  private final Map<Integer, Integer> column = new HashMap<>();
  private final double[][] seconds;

  /**
   * @param sources distinct source node indices
   * @param targets distinct target node indices
   * @param seconds {@code seconds[i][j]} from {@code sources[i]} to {@code targets[j]} [s];
   *                copied
   */
  public TravelTimeMatrix(int[] sources, int[] targets, double[][] seconds) {
    if (seconds.length != sources.length) {
      throw new IllegalArgumentException("one row per source needed");
    }
    this.seconds = new double[sources.length][];
    for (int i = 0; i < sources.length; i++) {
      if (seconds[i].length != targets.length) {
        throw new IllegalArgumentException("row " + i + ": one column per target needed");
      }
      if (row.put(sources[i], i) != null) {
        throw new IllegalArgumentException("duplicate source node " + sources[i]);
      }
      this.seconds[i] = Arrays.copyOf(seconds[i], targets.length);
    }
    for (int j = 0; j < targets.length; j++) {
      if (column.put(targets[j], j) != null) {
        throw new IllegalArgumentException("duplicate target node " + targets[j]);
      }
    }
  }

  @Override
  public double seconds(int from, int to) {
    if (from == to) {
      return 0;
    }
    Integer i = row.get(from);
    Integer j = column.get(to);
    return i == null || j == null ? Double.POSITIVE_INFINITY : seconds[i][j];
  }
}
