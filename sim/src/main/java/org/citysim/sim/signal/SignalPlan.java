package org.citysim.sim.signal;

import java.util.List;

/**
 * A fixed-time plan for one node: phases run in order and repeat every cycle.
 *
 * @param node   node index in the network
 * @param offset time within the cycle at which phase 0 starts, relative to midnight [s]
 * @param phases phases in order
 */
public record SignalPlan(int node, double offset, List<Phase> phases) {
  public SignalPlan {
    phases = List.copyOf(phases);
    if (phases.isEmpty()) {
      throw new IllegalArgumentException("a signal plan needs at least one phase");
    }
  }

  /** Cycle length: sum of the phase durations [s]. */
  public double cycle() {
    return phases.stream().mapToDouble(Phase::duration).sum();
  }

  /**
   * One phase.
   *
   * @param duration length [s], positive
   * @param green    global movement indices that have green; empty for an intergreen
   */
  public record Phase(double duration, int[] green) {
    public Phase {
      if (!(duration > 0)) {
        throw new IllegalArgumentException("phase duration must be positive");
      }
      green = green.clone();
    }

    @Override
    public int[] green() {
      return green.clone();
    }
  }
}
