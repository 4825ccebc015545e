package org.citysim.sim.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * Measures of the signalised junctions of a run (see {@link JunctionCollector}): one
 * {@link JunctionStats} per junction and its queue over time, both in node order.
 *
 * @param stopDelay   approach delay above which a vehicle counts as stopped [s]
 * @param junctions   one entry per signalised junction, in node order
 * @param queues      queue of each junction over time, same order as {@code junctions}: name
 *                    is the junction id, unit "veh", sampled every {@code outputs.sampleInterval}
 */
public record JunctionOutputs(double stopDelay, List<JunctionStats> junctions,
    List<TimeSeries> queues) {

  public JunctionOutputs {
    junctions = List.copyOf(junctions);
    queues = List.copyOf(queues);
    if (junctions.size() != queues.size()) {
      throw new IllegalArgumentException("one queue series per junction");
    }
  }

  /** No signalised junctions. */
  public static JunctionOutputs none() {
    return new JunctionOutputs(JunctionCollector.STOP_DELAY, List.of(), List.of());
  }

  /** True when the run had no signalised junction. */
  public boolean isEmpty() {
    return junctions.isEmpty();
  }

  /** Vehicles served over all junctions (a vehicle counts at each junction it crosses) [veh]. */
  public long vehicles() {
    return junctions.stream().mapToLong(JunctionStats::vehicles).sum();
  }

  /** Stops over all junctions [veh]. */
  public long stops() {
    return junctions.stream().mapToLong(JunctionStats::stops).sum();
  }

  /**
   * Average control delay over every vehicle served at any junction [s/veh], weighted by
   * vehicles as the HCM aggregates approaches into an intersection; NaN when none was served.
   */
  public double controlDelayMean() {
    long n = vehicles();
    return n == 0 ? Double.NaN
        : junctions.stream().mapToDouble(JunctionStats::controlDelayTotal).sum() / n;
  }

  /** Largest queue at any one junction at any instant [veh]; 0 without junctions. */
  public int queueMax() {
    return junctions.stream().mapToInt(JunctionStats::queueMax).max().orElse(0);
  }

  /** Time-average junction queue, averaged over junctions [veh]; NaN without junctions. */
  public double queueMean() {
    double[] means = junctions.stream().mapToDouble(JunctionStats::queueMean)
        .filter(Double::isFinite).toArray();
    return means.length == 0 ? Double.NaN : Arrays.stream(means).sum() / means.length;
  }
}
