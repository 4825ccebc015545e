package org.citysim.agents.signal.actuated;

import org.citysim.agents.signal.JunctionSensors;
import org.citysim.agents.signal.StageController;
import org.citysim.sim.agent.AgentContext;
import org.citysim.sim.sensor.ApproachSensor;

/**
 * Actuated control of one junction. Decisions are events at the end of the minimum green, then
 * at every gap end (the last passage plus the passage time), at the max-out time, and at least
 * every passage time while the stage rests; between them nothing is computed.
 *
 * <p>A sensor that has dropped out cannot be trusted to say "no vehicle": on the green stage it
 * extends the green to the maximum, and on a red stage it places a call (the usual fail-safe,
 * detector "recall").
 */
final class ActuatedJunction extends StageController {
  private static final double EPS = 1e-9;
  private final ActuatedConfig config;
  private boolean firstCheck;
  private double maxFrom;

  ActuatedJunction(JunctionSensors junction, ActuatedConfig config, AgentContext context) {
    super(junction, context);
    this.config = config;
  }

  @Override
  protected int initialStage() {
    int called = nextCalled(junction.stageCount() - 1);
    return called >= 0 ? called : 0;
  }

  @Override
  protected void onStage(int stage, double start) {
    firstCheck = true;
    maxFrom = Double.NaN;
    at(start + config.minGreen(), this::check);
  }

  /** One decision: extend, gap out, max out, or rest. */
  void check() {
    double now = context.now();
    int stage = stage();
    int next = nextCalled(stage);
    if (next < 0) {
      // No conflicting call (any more: a vehicle may end its trip on a red approach): the
      // maximum green is not timing.
      maxFrom = Double.NaN;
    } else if (Double.isNaN(maxFrom)) {
      // The maximum green runs from the first conflicting call; a call already there when the
      // minimum green ends counts from the start of the green.
      maxFrom = firstCheck ? greenStart() : now;
    }
    firstCheck = false;
    double lastPassage = Double.NEGATIVE_INFINITY;
    boolean recall = false;
    for (int a : junction.served(stage)) {
      ApproachSensor s = junction.sensor(a);
      if (s.droppedOut()) {
        recall = true;
      } else {
        lastPassage = Math.max(lastPassage, s.lastPassage());
      }
    }
    double gapEnd = recall ? Double.POSITIVE_INFINITY : lastPassage + config.passageTime();
    double maxOut = Double.isNaN(maxFrom) ? Double.POSITIVE_INFINITY
        : maxFrom + config.maxGreen();
    if (next >= 0 && (now >= gapEnd - EPS || now >= maxOut - EPS)) {
      begin(next);
      return;
    }
    double then = now + config.passageTime();
    if (gapEnd > now + EPS) {
      then = Math.min(then, gapEnd);
    }
    if (maxOut > now + EPS) {
      then = Math.min(then, maxOut);
    }
    at(then, this::check);
  }

  /** The first stage after {@code stage} (cyclically, not itself) with a call, or -1. */
  int nextCalled(int stage) {
    int n = junction.stageCount();
    for (int k = 1; k < n; k++) {
      int j = (stage + k) % n;
      if (hasCall(j)) {
        return j;
      }
    }
    return -1;
  }

  private boolean hasCall(int stage) {
    for (int a : junction.served(stage)) {
      ApproachSensor s = junction.sensor(a);
      if (s.droppedOut() || !(s.queue() <= 0) || !(s.vehicles() <= 0)) {
        return true;
      }
    }
    return false;
  }
}
