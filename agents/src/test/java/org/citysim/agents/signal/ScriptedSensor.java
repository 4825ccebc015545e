package org.citysim.agents.signal;

import org.citysim.sim.sensor.ApproachSensor;
import org.citysim.sim.sensor.SensorKind;
import org.citysim.sim.sensor.SensorReading;

/** An approach sensor whose every value a test sets. */
public final class ScriptedSensor implements ApproachSensor {
  private final String link;
  private final SensorKind kind;
  public double vehicles;
  public double queue;
  public double lastPassage = Double.NEGATIVE_INFINITY;
  public SensorReading last;
  public boolean droppedOut;

  public ScriptedSensor(String link, SensorKind kind) {
    this.link = link;
    this.kind = kind;
  }

  /** Sets queue and vehicles alike [veh]. */
  public ScriptedSensor queue(double q) {
    queue = q;
    vehicles = q;
    return this;
  }

  @Override
  public String link() {
    return link;
  }

  @Override
  public SensorKind kind() {
    return kind;
  }

  @Override
  public SensorReading last() {
    return last;
  }

  @Override
  public double vehicles() {
    return droppedOut ? Double.NaN : vehicles;
  }

  @Override
  public double queue() {
    return droppedOut ? Double.NaN : queue;
  }

  @Override
  public double lastPassage() {
    return droppedOut ? Double.NEGATIVE_INFINITY : lastPassage;
  }

  @Override
  public boolean droppedOut() {
    return droppedOut;
  }
}
