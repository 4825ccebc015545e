package org.citysim.agents.signal;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.agent.AgentContext;
import org.citysim.sim.sensor.ApproachSensor;
import org.citysim.sim.sensor.SensorKind;
import org.citysim.sim.signal.Approach;
import org.citysim.sim.signal.SignalControl;

/**
 * A controlled junction with one sensor of the configured kind on each approach, and which
 * approaches each stage serves. Index {@code a} of {@link #sensor(int)} is approach {@code a}
 * of {@link SignalControl#approaches()}.
 */
public final class JunctionSensors {
  private final SignalControl control;
  private final List<Approach> approaches;
  private final ApproachSensor[] sensors;
  private final int[][] served;
  private final SensorKind kind;

  private JunctionSensors(SignalControl control, ApproachSensor[] sensors, SensorKind kind) {
    this.control = control;
    this.kind = kind;
    this.approaches = control.approaches();
    this.sensors = sensors;
    int n = control.stages().size();
    served = new int[n][];
    for (int s = 0; s < n; s++) {
      List<Integer> as = new ArrayList<>();
      for (int a = 0; a < approaches.size(); a++) {
        if (approaches.get(a).servedIn(s)) {
          as.add(a);
        }
      }
      served[s] = as.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /**
   * Gets the sensors of {@code kind} on every approach of {@code control}.
   *
   * @throws IllegalArgumentException if sensors of that kind are not available in this run
   */
  public static JunctionSensors of(SignalControl control, AgentContext context, SensorKind kind) {
    List<Approach> as = control.approaches();
    ApproachSensor[] s = new ApproachSensor[as.size()];
    for (int a = 0; a < s.length; a++) {
      s[a] = sensor(context, as.get(a).linkId(), kind);
    }
    return new JunctionSensors(control, s, kind);
  }

  /**
   * The sensor of {@code kind} on link {@code linkId}.
   *
   * @throws IllegalArgumentException if that kind of sensor is not available in this run
   */
  public static ApproachSensor sensor(AgentContext context, String linkId, SensorKind kind) {
    try {
      return context.sensors().approach(linkId, kind);
    } catch (UnsupportedOperationException e) {
      throw new IllegalArgumentException("sensor: " + kind.name().toLowerCase(java.util.Locale
          .ROOT) + " is not available in this build (" + e.getMessage() + ")", e);
    }
  }

  /** The kind of its sensors. */
  public SensorKind kind() {
    return kind;
  }

  /** The junction. */
  public SignalControl control() {
    return control;
  }

  /** Its id. */
  public String id() {
    return control.junction();
  }

  /** Number of stages. */
  public int stageCount() {
    return served.length;
  }

  /** Number of approaches. */
  public int approachCount() {
    return sensors.length;
  }

  /** Approach {@code a}. */
  public Approach approach(int a) {
    return approaches.get(a);
  }

  /** The sensor on approach {@code a}. */
  public ApproachSensor sensor(int a) {
    return sensors[a];
  }

  /** Approaches (indices) that have green in {@code stage}. */
  public int[] served(int stage) {
    return served[stage].clone();
  }
}
