package org.citysim.agents.signal;

import org.citysim.sim.agent.AgentContext;
import org.citysim.sim.signal.SignalControl;

/**
 * Base of controllers that drive one junction stage by stage ({@link SignalControl#switchTo}),
 * such as actuated and max-pressure control: it keeps the stage asked for and when its green
 * began, records {@code <junction>/stage} when a stage starts and {@code <junction>/green} [s]
 * when it ends, and schedules decisions never in the past.
 */
public abstract class StageController {
  protected final JunctionSensors junction;
  protected final AgentContext context;
  private int stage = -1;
  private double greenStart = Double.NaN;

  protected StageController(JunctionSensors junction, AgentContext context) {
    this.junction = junction;
    this.context = context;
  }

  /** Takes the stage showing (or {@link #initialStage()} during an intergreen) and begins. */
  public void start() {
    int s = junction.control().currentStage();
    begin(s >= 0 ? s : initialStage());
  }

  /** The stage to begin with when the junction is in an intergreen at the start. */
  protected int initialStage() {
    return 0;
  }

  /**
   * Called when {@code stage} has been asked for and will start (or started) at {@code start}
   * [s]: schedule the first decision of its green.
   */
  protected abstract void onStage(int stage, double start);

  /** Asks the junction for {@code s} (which may be the current stage) and calls onStage. */
  protected final void begin(int s) {
    double now = context.now();
    String id = junction.id();
    if (stage >= 0 && s != stage) {
      context.record(id + "/green", Math.max(0, now - greenStart));
    }
    double start = junction.control().switchTo(s);
    if (s != stage) {
      at(start, () -> context.record(id + "/stage", s));
    }
    stage = s;
    greenStart = start;
    onStage(s, start);
  }

  /** The stage asked for last. */
  protected final int stage() {
    return stage;
  }

  /** When the green of {@link #stage()} began or begins [s]. */
  protected final double greenStart() {
    return greenStart;
  }

  /** Runs {@code r} at {@code t} [s], or now if {@code t} has passed. */
  protected final void at(double t, Runnable r) {
    context.schedule(Math.max(context.now(), t), r);
  }
}
