package org.citysim.sim.signal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a fixed-time plan into stages and intergreens. A phase is an intergreen when it gives no
 * green, or when it is short (under {@value #MAX_INTERGREEN_PHASE} s) and only keeps some of the
 * previous phase's greens (SUMO programs end a stage this way, e.g. a protected turn's yellow).
 * Every other phase is a stage; the intergreens after a stage (wrapping round the cycle) are its
 * clearance.
 */
public final class Stages {
  /** Longest phase that can count as intergreen [s]. */
  static final double MAX_INTERGREEN_PHASE = 5.0;

  private Stages() {}

  /** For each phase of {@code p}: its stage index, or -1 for an intergreen phase. */
  public static int[] stageOfPhase(SignalPlan p) {
    List<SignalPlan.Phase> ph = p.phases();
    int n = ph.size();
    int[] stageOf = new int[n];
    int next = 0;
    for (int i = 0; i < n; i++) {
      int[] g = ph.get(i).green();
      int[] prev = ph.get((i + n - 1) % n).green();
      boolean intergreen = g.length == 0
          || (ph.get(i).duration() < MAX_INTERGREEN_PHASE && subset(g, prev) && n > 1);
      stageOf[i] = intergreen ? -1 : next++;
    }
    if (next == 0) {
      // Degenerate plan (only short phases): treat every phase as a stage.
      for (int i = 0; i < n; i++) {
        stageOf[i] = i;
      }
    }
    return stageOf;
  }

  /** The stages of {@code p}, in plan order. */
  public static List<Stage> of(SignalPlan p) {
    List<SignalPlan.Phase> ph = p.phases();
    int[] stageOf = stageOfPhase(p);
    int n = ph.size();
    List<Stage> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (stageOf[i] < 0) {
        continue;
      }
      double after = 0;
      for (int j = (i + 1) % n; stageOf[j] < 0; j = (j + 1) % n) {
        after += ph.get(j).duration();
      }
      out.add(new Stage(stageOf[i], ph.get(i).green(), ph.get(i).duration(), after));
    }
    return out;
  }

  /** The intergreen phases that follow stage {@code stage} of {@code p}, in order. */
  public static List<SignalPlan.Phase> clearance(SignalPlan p, int stage) {
    List<SignalPlan.Phase> ph = p.phases();
    int[] stageOf = stageOfPhase(p);
    int n = ph.size();
    for (int i = 0; i < n; i++) {
      if (stageOf[i] == stage) {
        List<SignalPlan.Phase> out = new ArrayList<>();
        for (int j = (i + 1) % n; stageOf[j] < 0; j = (j + 1) % n) {
          out.add(ph.get(j));
        }
        return out;
      }
    }
    throw new IllegalArgumentException("no stage " + stage);
  }

  /**
   * A plan for the same node and stages with new green times: stage 0 first, each stage
   * followed by its clearance from {@code base}, phase 0 starting at {@code offset} [s].
   */
  public static SignalPlan retimed(SignalPlan base, double[] greens, double offset) {
    List<Stage> stages = of(base);
    if (greens.length != stages.size()) {
      throw new IllegalArgumentException("expected " + stages.size() + " green times, got "
          + greens.length);
    }
    List<SignalPlan.Phase> phases = new ArrayList<>();
    for (Stage s : stages) {
      phases.add(new SignalPlan.Phase(greens[s.index()], s.green()));
      phases.addAll(clearance(base, s.index()));
    }
    return new SignalPlan(base.node(), offset, phases);
  }

  private static boolean subset(int[] a, int[] b) {
    outer:
    for (int x : a) {
      for (int y : b) {
        if (x == y) {
          continue outer;
        }
      }
      return false;
    }
    return true;
  }
}
