package org.citysim.agents.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.citysim.sim.signal.Approach;
import org.citysim.sim.signal.SignalControl;
import org.citysim.sim.signal.Stage;
import org.citysim.sim.signal.Turn;

/**
 * A junction for controller tests: stages with intergreens, approaches and turns as given, and a
 * simple model of what JunctionControl does (minimum green, then intergreen, then the stage;
 * plans start at the next cycle boundary). It logs every request.
 */
public final class FakeControl implements SignalControl {
  /** A logged request. */
  public record Call(double time, String what, int stage, double[] greens) {}

  private final String id;
  private final List<Stage> stages;
  private final List<Approach> approaches;
  private final List<Turn> turns;
  private final double floor;
  private final DoubleSupplier clock;
  public final List<Call> calls = new ArrayList<>();
  private int shown = 0;
  private double since;
  private int target = -1;
  private double endAt;
  private double targetStart;
  private double planStart = Double.NaN;
  private double planCycle;

  public FakeControl(String id, List<Stage> stages, List<Approach> approaches, List<Turn> turns,
      double floor, DoubleSupplier clock) {
    this.id = id;
    this.stages = stages;
    this.approaches = approaches;
    this.turns = turns;
    this.floor = floor;
    this.clock = clock;
  }

  /**
   * A junction whose stage i serves approach "a{i}" (link id, one movement each to "out{i}"),
   * with the given base greens, a 4 s intergreen after each stage, saturation flow 1800 veh/h.
   */
  public static FakeControl simple(String id, DoubleSupplier clock, double... baseGreens) {
    List<Stage> st = new ArrayList<>();
    List<Approach> ap = new ArrayList<>();
    List<Turn> tu = new ArrayList<>();
    for (int i = 0; i < baseGreens.length; i++) {
      st.add(new Stage(i, new int[] {100 + i}, baseGreens[i], 4));
      ap.add(new Approach(i, "a" + i, 1, 1800, new int[] {i}));
      tu.add(new Turn(100 + i, "a" + i, "out" + i));
    }
    return new FakeControl(id, st, ap, tu, 5, clock);
  }

  private void sync() {
    double now = clock.getAsDouble();
    if (target >= 0 && now >= targetStart) {
      shown = target;
      since = targetStart;
      target = -1;
    }
  }

  @Override
  public String junction() {
    return id;
  }

  @Override
  public List<Stage> stages() {
    return stages;
  }

  @Override
  public List<Approach> approaches() {
    return approaches;
  }

  @Override
  public List<Turn> turns() {
    return turns;
  }

  @Override
  public double minGreen() {
    return floor;
  }

  @Override
  public double lostTime() {
    return stages.stream().mapToDouble(Stage::intergreenAfter).sum();
  }

  @Override
  public int currentStage() {
    sync();
    if (target >= 0 && clock.getAsDouble() >= endAt) {
      return -1;
    }
    return shown;
  }

  @Override
  public double since() {
    sync();
    return since;
  }

  @Override
  public double switchTo(int stage) {
    sync();
    double now = clock.getAsDouble();
    calls.add(new Call(now, "switch", stage, null));
    if (target >= 0 && now >= endAt) {
      target = stage; // in the intergreen: only what follows changes
      return targetStart;
    }
    if (stage == shown) {
      target = -1;
      return since;
    }
    endAt = Math.max(now, since + floor);
    targetStart = endAt + stages.get(shown).intergreenAfter();
    target = stage;
    return targetStart;
  }

  @Override
  public double runPlan(double[] greens) {
    double now = clock.getAsDouble();
    calls.add(new Call(now, "plan", -1, greens.clone()));
    double start = now;
    if (!Double.isNaN(planStart)) {
      start = planStart + Math.ceil((now - planStart) / planCycle) * planCycle;
    }
    planStart = start;
    double c = lostTime();
    for (double g : greens) {
      c += Math.max(floor, g);
    }
    planCycle = c;
    return start;
  }

  /** The logged requests of one kind ("switch" or "plan"). */
  public List<Call> calls(String what) {
    return calls.stream().filter(c -> c.what().equals(what)).toList();
  }
}
