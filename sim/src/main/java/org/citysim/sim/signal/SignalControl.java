package org.citysim.sim.signal;

import java.util.List;

/**
 * An agent's hold on one signalised junction. The junction enforces safety whatever the
 * controller asks, as a real controller's conflict monitor does: every stage is followed by its
 * full intergreen, and no stage ends before its minimum green. Requests that would break this are
 * deferred or stretched, never executed early.
 */
public interface SignalControl {
  /** The junction (node) id. */
  String junction();

  /** Its stages, from the base plan. */
  List<Stage> stages();

  /** Its approaches. */
  List<Approach> approaches();

  /** Its movements (turns), in the order of their incoming links. */
  List<Turn> turns();

  /** Minimum green of every stage, enforced [s]. */
  double minGreen();

  /** Total intergreen time of one cycle through all stages [s] (the lost time). */
  double lostTime();

  /** The stage showing green now, or -1 during an intergreen. */
  int currentStage();

  /** When the current stage (or the intergreen) began [s]. */
  double since();

  /**
   * Ends the current stage (at once if its minimum green has passed, else when it has), runs its
   * intergreen, then shows {@code stage} until the next request. Asking for the stage already
   * showing does nothing. While an intergreen runs, the latest request decides what follows it.
   *
   * @return when {@code stage} will start [s]
   */
  double switchTo(int stage);

  /**
   * Runs a fixed-time cycle with these green times [s] per stage, each followed by its
   * intergreen, until the next request. It takes over when stage 0 next starts; if stage 0 is
   * showing now, at once, counting the green it has shown so far. Greens below the minimum are
   * raised to it. Meant for controllers that retime once per cycle (Webster, PID on splits).
   *
   * @return when the new cycle starts (the start of its stage 0) [s]
   */
  double runPlan(double[] greens);
}
