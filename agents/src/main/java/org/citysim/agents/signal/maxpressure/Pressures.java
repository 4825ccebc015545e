package org.citysim.agents.signal.maxpressure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citysim.agents.signal.JunctionSensors;
import org.citysim.sim.agent.AgentContext;
import org.citysim.sim.sensor.ApproachSensor;
import org.citysim.sim.signal.Stage;
import org.citysim.sim.signal.Turn;

/**
 * Stage pressures of one junction from its sensors (Varaiya 2013, eq. for {@code w_ab} and the
 * stage pressure). For a movement {@code a -> b} green in stage {@code s}:
 * <pre>  P_s = Σ c_ab · (x_a − x_b)</pre>
 * <ul>
 *   <li>{@code x_a}: vehicles queued at the stop line of approach {@code a}, as its sensor
 *       reports;</li>
 *   <li>{@code x_b}: vehicles on the downstream link {@code b}, as a sensor there reports (every
 *       vehicle on {@code b} takes storage the movement needs; Varaiya's turn-ratio-weighted
 *       downstream queues sum to it); 0 when downstream sensing is off;</li>
 *   <li>{@code c_ab}: the approach's saturation flow shared equally among its movements
 *       [veh/h]. Link sensors cannot see turning shares, so each movement of {@code a} is taken
 *       to carry an equal share of its queue and discharge.</li>
 * </ul>
 * A reading that is missing (dropout, NaN) is replaced by that sensor's last valid reading, or
 * 0 before there was one. Pressures are in [veh²/h].
 */
final class Pressures {
  private final JunctionSensors junction;
  private final Estimate[] upstream;
  private final Estimate[] downstream;
  /** Per stage: upstream approach, downstream estimate (-1: none) and weight of each term. */
  private final int[][] termUp;
  private final int[][] termDown;
  private final double[][] termWeight;

  Pressures(JunctionSensors junction, AgentContext context, boolean useDownstream) {
    this.junction = junction;
    int na = junction.approachCount();
    upstream = new Estimate[na];
    Map<String, Integer> approachOf = new HashMap<>();
    for (int a = 0; a < na; a++) {
      upstream[a] = new Estimate(junction.sensor(a), false);
      approachOf.put(junction.approach(a).linkId(), a);
    }
    List<Turn> turns = junction.control().turns();
    int[] movementsOf = new int[na];
    Map<Integer, Turn> byIndex = new HashMap<>();
    Map<String, Integer> downIndex = new LinkedHashMap<>();
    List<Estimate> down = new ArrayList<>();
    for (Turn t : turns) {
      byIndex.put(t.index(), t);
      Integer a = approachOf.get(t.from());
      if (a != null) {
        movementsOf[a]++;
      }
      if (useDownstream && !downIndex.containsKey(t.to())) {
        downIndex.put(t.to(), down.size());
        down.add(new Estimate(JunctionSensors.sensor(context, t.to(), junction.kind()), true));
      }
    }
    downstream = down.toArray(Estimate[]::new);
    List<Stage> stages = junction.control().stages();
    termUp = new int[stages.size()][];
    termDown = new int[stages.size()][];
    termWeight = new double[stages.size()][];
    for (Stage s : stages) {
      List<int[]> terms = new ArrayList<>();
      List<Double> weights = new ArrayList<>();
      for (int m : s.green()) {
        Turn t = byIndex.get(m);
        Integer a = t == null ? null : approachOf.get(t.from());
        if (a == null) {
          continue;
        }
        terms.add(new int[] {a, useDownstream ? downIndex.get(t.to()) : -1});
        weights.add(junction.approach(a).saturationFlow() / movementsOf[a]);
      }
      termUp[s.index()] = terms.stream().mapToInt(x -> x[0]).toArray();
      termDown[s.index()] = terms.stream().mapToInt(x -> x[1]).toArray();
      termWeight[s.index()] = weights.stream().mapToDouble(Double::doubleValue).toArray();
    }
  }

  /** Pressure of every stage now [veh²/h]. */
  double[] now() {
    double[] x = new double[upstream.length];
    for (int a = 0; a < x.length; a++) {
      x[a] = upstream[a].read();
    }
    double[] y = new double[downstream.length];
    for (int b = 0; b < y.length; b++) {
      y[b] = downstream[b].read();
    }
    double[] p = new double[termUp.length];
    for (int s = 0; s < p.length; s++) {
      double sum = 0;
      for (int k = 0; k < termUp[s].length; k++) {
        int b = termDown[s][k];
        sum += termWeight[s][k] * (x[termUp[s][k]] - (b < 0 ? 0 : y[b]));
      }
      p[s] = sum;
    }
    return p;
  }

  JunctionSensors junction() {
    return junction;
  }

  /** A sensor value that falls back on its last valid reading. */
  private static final class Estimate {
    private final ApproachSensor sensor;
    private final boolean allVehicles;
    private double last;

    Estimate(ApproachSensor sensor, boolean allVehicles) {
      this.sensor = sensor;
      this.allVehicles = allVehicles;
    }

    double read() {
      double v = allVehicles ? sensor.vehicles() : sensor.queue();
      if (Double.isFinite(v) && !sensor.droppedOut()) {
        last = Math.max(0, v);
      }
      return last;
    }
  }
}
