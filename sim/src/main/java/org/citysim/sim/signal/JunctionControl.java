package org.citysim.sim.signal;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.kernel.Priorities;
import org.citysim.sim.network.RoadNetwork;

/**
 * {@link SignalControl} of one junction on a run's {@link SignalState}. It starts on the
 * junction's base plan and keeps two modes: a running fixed-time plan ({@link #runPlan}, or the
 * base plan), or one stage shown until the next request ({@link #switchTo}). Between stages it
 * always runs the clearance phases of the base plan, and it never ends a stage before its
 * minimum green (unless the base plan itself does). A newer request replaces a pending one.
 */
public final class JunctionControl implements SignalControl {
  /** Generation of steps that no request cancels (a clearance under way). */
  private static final long ALWAYS = -1;
  /** Tolerance for times within a cycle [s]. */
  private static final double EPS = 1e-9;

  private final Kernel kernel;
  private final SignalState state;
  private final int node;
  private final String id;
  private final SignalPlan base;
  private final List<Stage> stages;
  private final List<Approach> approaches;
  private final List<Turn> turns;
  private final double minGreen;
  private final double lostTime;

  // Plan mode: plan, its phase-0 start (offset) and phase-to-stage map.
  private SignalPlan plan;
  private int[] planStageOf;
  // Manual mode: the stage shown (or -1 in a clearance), since when, and what follows.
  private boolean manual;
  private int shown = -1;
  private double shownSince;
  private int target = -1;
  private double targetStart;
  private double[] pendingGreens;
  private long generation;

  /**
   * @param minGreen minimum green of every stage [s]
   */
  public JunctionControl(Kernel kernel, RoadNetwork net, SignalState state, int node,
      double minGreen) {
    if (!state.isSignalised(node)) {
      throw new IllegalArgumentException("junction " + net.node(node).id() + " has no signal");
    }
    this.kernel = kernel;
    this.state = state;
    this.node = node;
    this.id = net.node(node).id().value();
    this.base = state.basePlan(node);
    this.stages = Stages.of(base);
    this.minGreen = minGreen;
    this.lostTime = stages.stream().mapToDouble(Stage::intergreenAfter).sum();
    this.plan = base;
    this.planStageOf = Stages.stageOfPhase(base);
    List<Approach> as = new ArrayList<>();
    for (int l : net.inLinks(node)) {
      List<Integer> served = new ArrayList<>();
      for (Stage s : stages) {
        for (int m : s.green()) {
          if (net.movementFrom(m) == l && !served.contains(s.index())) {
            served.add(s.index());
          }
        }
      }
      as.add(new Approach(l, net.link(l).id().value(), net.lanes(l), net.capacity(l),
          served.stream().mapToInt(Integer::intValue).toArray()));
    }
    this.approaches = List.copyOf(as);
    List<Turn> ts = new ArrayList<>();
    for (int l : net.inLinks(node)) {
      for (int m = net.movementStart(l); m < net.movementEnd(l); m++) {
        ts.add(new Turn(m, net.link(l).id().value(), net.link(net.movementTo(m)).id().value()));
      }
    }
    this.turns = List.copyOf(ts);
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
    return minGreen;
  }

  @Override
  public double lostTime() {
    return lostTime;
  }

  @Override
  public int currentStage() {
    if (manual) {
      return shown;
    }
    return planStageOf[planPhaseAt(kernel.now())];
  }

  @Override
  public double since() {
    if (manual) {
      return shownSince;
    }
    double t = kernel.now();
    return phaseStart(planPhaseAt(t), t);
  }

  @Override
  public double switchTo(int stage) {
    checkStage(stage);
    generation++;
    pendingGreens = null;
    return switchInternal(stage, generation);
  }

  @Override
  public double runPlan(double[] greens) {
    if (greens.length != stages.size()) {
      throw new IllegalArgumentException("expected " + stages.size() + " green times");
    }
    double[] g = new double[greens.length];
    for (int i = 0; i < g.length; i++) {
      if (!(greens[i] >= 0) || !Double.isFinite(greens[i])) {
        throw new IllegalArgumentException("green times must be finite and >= 0");
      }
      g[i] = Math.max(minGreen, greens[i]);
    }
    generation++;
    long gen = generation;
    double now = kernel.now();
    if (currentStage() == 0) {
      double since = since();
      // Stage 0 has shown for now - since already: a shorter green would put the new plan past
      // its end, straight into the next stage without the intergreen.
      g[0] = Math.max(g[0], now - since);
      startPlan(g, since, now);
      return since;
    }
    if (manual) {
      // Stage 0 comes after the clearance; show() then starts the plan instead.
      pendingGreens = g;
      return switchInternal(0, gen);
    }
    double start = nextStageStart(0, now);
    at(start, gen, () -> startPlan(g, start, kernel.now()));
    return start;
  }

  private void startPlan(double[] greens, double start, double now) {
    pendingGreens = null;
    SignalPlan p = Stages.retimed(base, greens, start);
    plan = p;
    planStageOf = Stages.stageOfPhase(p);
    manual = false;
    target = -1;
    state.setPlan(p, start, now);
  }

  /** Common part of switchTo and runPlan; returns when {@code stage} starts [s]. */
  private double switchInternal(int stage, long gen) {
    double now = kernel.now();
    if (manual && shown < 0) {
      // A clearance is running: it decides nothing about what follows but the target.
      target = stage;
      return targetStart;
    }
    int cur = currentStage();
    double since = since();
    if (cur == stage) {
      if (!manual) {
        // Hold the stage that is showing: same greens, now under manual control.
        manual = true;
        shown = stage;
        shownSince = since;
        state.setGreen(node, stages.get(stage).green(), now);
      }
      return since;
    }
    if (cur < 0) {
      // The plan is in a clearance: let it finish, then show the stage.
      double end = nextStageStartAny(now);
      target = stage;
      targetStart = end;
      at(end, gen, () -> show(target, kernel.now()));
      return end;
    }
    double earliest = since + minGreen;
    if (!manual) {
      // A base-plan stage shorter than the minimum ends when the plan says.
      earliest = Math.min(earliest, phaseEnd(planPhaseAt(now), now));
    }
    double end = Math.max(now, earliest);
    target = stage;
    targetStart = end + stages.get(cur).intergreenAfter();
    int from = cur;
    at(end, gen, () -> clear(from, kernel.now()));
    return targetStart;
  }

  /**
   * Runs the clearance of stage {@code from}, then shows the target. A clearance once begun
   * always runs to its end, whatever is asked meanwhile; requests during it only change the
   * target, so its steps are not tied to the generation of the request that began it.
   */
  private void clear(int from, double t) {
    manual = true;
    shown = -1;
    shownSince = t;
    List<SignalPlan.Phase> phases = Stages.clearance(base, from);
    double at = t;
    for (SignalPlan.Phase p : phases) {
      int[] green = p.green();
      double when = at;
      at(when, ALWAYS, () -> state.setGreen(node, green, kernel.now()));
      at += p.duration();
    }
    targetStart = at;
    at(at, ALWAYS, () -> show(target, kernel.now()));
  }

  private void show(int stage, double t) {
    if (stage == 0 && pendingGreens != null) {
      startPlan(pendingGreens, t, t);
      return;
    }
    manual = true;
    shown = stage;
    shownSince = t;
    target = -1;
    state.setGreen(node, stages.get(stage).green(), t);
  }

  /**
   * Runs {@code action} at {@code time} unless a newer request came in meanwhile (any time when
   * {@code gen} is {@link #ALWAYS}).
   */
  private void at(double time, long gen, Runnable action) {
    if (time <= kernel.now()) {
      if (gen == ALWAYS || gen == generation) {
        action.run();
      }
      return;
    }
    kernel.schedule(time, Priorities.CONTROL, () -> {
      if (gen == ALWAYS || gen == generation) {
        action.run();
      }
    });
  }

  private void checkStage(int stage) {
    if (stage < 0 || stage >= stages.size()) {
      throw new IllegalArgumentException("junction " + id + " has stages 0.." + (stages.size()
          - 1) + ", not " + stage);
    }
  }

  // ---- position in the running plan -------------------------------------------------------

  private double cyclePos(double t) {
    double c = plan.cycle();
    double pos = (t - plan.offset()) % c;
    pos = pos < 0 ? pos + c : pos;
    // A cycle whose length does not add up exactly (greens fitted to a total) leaves t a hair
    // before the end of a cycle that has in fact ended: that is the start of the next one.
    return pos > c - EPS ? 0 : pos;
  }

  private int planPhaseAt(double t) {
    double pos = cyclePos(t);
    double acc = 0;
    List<SignalPlan.Phase> ph = plan.phases();
    for (int i = 0; i < ph.size(); i++) {
      acc += ph.get(i).duration();
      if (pos < acc - 1e-9) {
        return i;
      }
    }
    return ph.size() - 1;
  }

  private double phaseStart(int phase, double t) {
    double acc = 0;
    for (int i = 0; i < phase; i++) {
      acc += plan.phases().get(i).duration();
    }
    return t - cyclePos(t) + acc;
  }

  private double phaseEnd(int phase, double t) {
    return phaseStart(phase, t) + plan.phases().get(phase).duration();
  }

  /** Next start (after {@code t}) of the plan phase that is stage {@code stage} [s]. */
  private double nextStageStart(int stage, double t) {
    double cycleStart = t - cyclePos(t);
    double acc = 0;
    List<SignalPlan.Phase> ph = plan.phases();
    for (int k = 0; k < 3; k++) {
      acc = 0;
      for (int i = 0; i < ph.size(); i++) {
        double s = cycleStart + k * plan.cycle() + acc;
        if (planStageOf[i] == stage && s > t) {
          return s;
        }
        acc += ph.get(i).duration();
      }
    }
    throw new IllegalStateException("stage " + stage + " not in plan after " + t + " (offset " + plan.offset() + ", cycle " + plan.cycle() + ", position " + cyclePos(t) + ")");
  }

  /** Next start (after {@code t}) of any stage of the running plan [s]. */
  private double nextStageStartAny(double t) {
    double best = Double.POSITIVE_INFINITY;
    for (Stage s : stages) {
      best = Math.min(best, nextStageStart(s.index(), t));
    }
    return best;
  }
}
