package org.citysim.agents.signal.pid;

import java.util.List;
import java.util.Locale;
import org.citysim.agents.signal.Greens;
import org.citysim.agents.signal.JunctionSensors;
import org.citysim.agents.signal.ReadingCollector;
import org.citysim.sim.agent.AgentContext;
import org.citysim.sim.forecast.ForecastFeed;
import org.citysim.sim.forecast.SensorDataset.Feature;
import org.citysim.sim.sensor.ApproachSensor;
import org.citysim.sim.signal.Stage;

/**
 * PID split control of one junction: one {@link IncrementalPid} per stage whose output is that
 * stage's green [s]. Once per cycle, in the middle of the last stage's green, the errors measured
 * over the cycle update the PIDs and the new greens go to the junction with
 * {@link org.citysim.sim.signal.SignalControl#runPlan}, taking effect when the next cycle
 * starts.
 *
 * <p>If any reading needed for a decision is missing (a sensor dropped out), the decision is
 * skipped: the plan holds and the PIDs keep their state, so a dropout neither moves the greens
 * nor winds anything up.
 */
final class PidJunction {
  /**
   * Shortest time between two PID steps [s]: a decision that comes sooner (the first one, when
   * the new plan took over at once) waits for the next cycle.
   */
  static final double MIN_STEP = 1;

  private final JunctionSensors junction;
  private final PidConfig config;
  private final AgentContext context;
  private final int n;
  private final double lost;
  private final double[] intergreen;
  private final IncrementalPid[] pids;
  /** Sum of the green times [s]: fixed for queue balance, bounds for occupancy. */
  private final double totalMin;
  private final double totalMax;
  private final double hi;
  /** What does not fit in the configured bounds, said at the start; null if all fits. */
  private final String boundsProblem;
  private final ReadingCollector[] readings;
  private double[] greens;
  private double lastUpdate;
  // Queue samples of the current cycle.
  private final double[] queueSum;
  private int samples;
  private boolean sampleMissing;
  private boolean holding;
  /** The forecasts fed forward; null without a forecaster. */
  private final ForecastFeed feed;
  /** Per approach, its sensor in {@link #feed}; null without a forecaster. */
  private final int[] feedSensor;

  PidJunction(JunctionSensors junction, PidConfig config, AgentContext context,
      ForecastFeed feed) {
    this.junction = junction;
    this.feed = feed;
    this.feedSensor = feed == null ? null : feedSensors(junction, feed);
    this.config = config;
    this.context = context;
    List<Stage> stages = junction.control().stages();
    n = stages.size();
    lost = junction.control().lostTime();
    intergreen = stages.stream().mapToDouble(Stage::intergreenAfter).toArray();
    double[] base = stages.stream().mapToDouble(Stage::baseGreen).toArray();
    if (config.variable() == PidConfig.Variable.QUEUE_IMBALANCE) {
      // The base cycle as it is: coordination and capacity were planned around it.
      double c = config.cycle() > 0 ? config.cycle() : Greens.sum(base) + lost;
      // Green bounds win over the cycle when they cannot both hold (said at the start).
      double g = Greens.clamp(c - lost, n * config.minGreen(), n * config.maxGreen());
      totalMin = g;
      totalMax = g;
      hi = Math.max(config.minGreen(), Math.min(config.maxGreen(),
          g - (n - 1) * config.minGreen()));
      boundsProblem = g != c - lost ? String.format(Locale.ROOT, "%s: a %.0f s cycle with %.0f s"
          + " of intergreen cannot hold %d greens of %.0f to %.0f s; the cycle will be %.0f s",
          junction.id(), c, lost, n, config.minGreen(), config.maxGreen(), g + lost) : null;
    } else {
      totalMin = Math.max(config.minCycle() - lost, n * config.minGreen());
      totalMax = Math.max(config.maxCycle() - lost, totalMin);
      hi = config.maxGreen();
      boundsProblem = n * config.minGreen() + lost > config.maxCycle()
          ? String.format(Locale.ROOT, "%s: %d stages x minGreen + %.0f s intergreen exceeds"
              + " maxCycle; its cycle will be longer", junction.id(), n, lost) : null;
    }
    greens = Greens.fit(base, config.minGreen(), hi,
        Greens.clamp(Greens.sum(base), totalMin, totalMax));
    pids = new IncrementalPid[n];
    for (int i = 0; i < n; i++) {
      pids[i] = new IncrementalPid(config.kp(), config.ki(), config.kd(), config.minGreen(), hi,
          greens[i]);
    }
    queueSum = new double[n];
    readings = new ReadingCollector[junction.approachCount()];
    for (int a = 0; a < readings.length; a++) {
      readings[a] = new ReadingCollector(junction.sensor(a));
    }
  }

  /**
   * The feed's sensor of each approach of {@code j}.
   *
   * @throws IllegalArgumentException when an approach has none (the message names them)
   */
  private static int[] feedSensors(JunctionSensors j, ForecastFeed feed) {
    int[] out = new int[j.approachCount()];
    List<String> missing = new java.util.ArrayList<>();
    for (int a = 0; a < out.length; a++) {
      out[a] = feed.sensorOnLink(j.approach(a).linkId());
      if (out[a] < 0) {
        missing.add(j.approach(a).linkId());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("the forecaster has no sensor on approaches "
          + missing + " of junction " + j.id() + "; train it on a scenario whose sensors cover"
          + " them, or leave the junction out");
    }
    if (!feed.features().contains(Feature.FLOW)) {
      throw new IllegalArgumentException("the forecaster does not forecast flow");
    }
    return out;
  }

  /**
   * Mixes the feed-forward greens into the PID's {@code u} in place: the same total green split
   * in proportion to each stage's predicted flow ratio (predicted flow over saturation flow,
   * the most loaded approach of the stage), as Webster's method splits it. The forecast used is
   * the first horizon that reaches past now; without a forecast yet (the model's first hour) or
   * with a missing value, the PID's greens stand.
   */
  private void feedForward(double[] u, double now) {
    double issued = feed.issuedAt();
    if (config.feedForward() == 0 || Double.isNaN(issued)) {
      return;
    }
    double[] hs = feed.horizons();
    int h = 0;
    while (h < hs.length - 1 && issued + hs[h] < now) {
      h++;
    }
    double[] y = new double[n];
    double sumY = 0;
    for (int s = 0; s < n; s++) {
      for (int a : junction.served(s)) {
        double q = feed.forecast(h, feedSensor[a], Feature.FLOW);
        if (!Double.isFinite(q)) {
          return;
        }
        y[s] = Math.max(y[s], Math.max(0, q) / junction.approach(a).saturationFlow());
      }
      sumY += y[s];
    }
    if (sumY <= 0) {
      return;
    }
    double total = Greens.sum(u);
    double w = config.feedForward();
    for (int s = 0; s < n; s++) {
      u[s] = (1 - w) * u[s] + w * total * y[s] / sumY;
    }
    context.record(junction.id() + "/ff-split", y[0] / sumY);
  }

  /**
   * Takes over with the initial greens and schedules the first decision; a single stage has no
   * split to control and keeps its base plan.
   *
   * @return false when the junction is left alone
   */
  boolean start() {
    if (n < 2) {
      context.raise("not-controlled", junction.id() + " has a single stage: base plan kept");
      return false;
    }
    if (boundsProblem != null) {
      context.raise("bounds", boundsProblem);
    }
    lastUpdate = context.now();
    apply();
    return true;
  }

  /** Samples queues (queue balance) or collects readings (occupancy). */
  void sample() {
    if (config.variable() == PidConfig.Variable.OCCUPANCY) {
      for (ReadingCollector r : readings) {
        r.poll();
      }
      return;
    }
    for (int s = 0; s < n; s++) {
      double q = 0;
      for (int a : junction.served(s)) {
        ApproachSensor sensor = junction.sensor(a);
        double x = sensor.queue();
        if (sensor.droppedOut() || !Double.isFinite(x)) {
          sampleMissing = true;
          return;
        }
        q = Math.max(q, x / Math.max(1, junction.approach(a).lanes()));
      }
      queueSum[s] += q;
    }
    samples++;
  }

  /** Once per cycle: update the PIDs from the cycle's errors, or hold. */
  void decide() {
    sample();
    double now = context.now();
    double[] e = now - lastUpdate < MIN_STEP ? null : errors();
    if (e == null) {
      double cycle = Greens.sum(greens) + lost;
      at(now + cycle, this::decide);
      return;
    }
    double dt = now - lastUpdate;
    lastUpdate = now;
    double[] u = new double[n];
    for (int i = 0; i < n; i++) {
      u[i] = pids[i].update(e[i], dt);
    }
    if (feed != null) {
      feedForward(u, now);
    }
    greens = Greens.fit(u, config.minGreen(), hi, Greens.clamp(Greens.sum(u), totalMin,
        totalMax));
    for (int i = 0; i < n; i++) {
      pids[i].applied(greens[i]);
    }
    context.record(junction.id() + "/error", e[0]);
    apply();
  }

  /**
   * The errors of the cycle just ended, or null to hold (a reading was missing, or there was no
   * measurement yet); starts the next cycle's measurement either way unless there was none.
   */
  double[] errors() {
    boolean occupancy = config.variable() == PidConfig.Variable.OCCUPANCY;
    boolean missing;
    double[] e = new double[n];
    if (occupancy) {
      missing = false;
      boolean none = false;
      double[] o = new double[n];
      for (int a = 0; a < readings.length; a++) {
        missing |= readings[a].invalidIntervals() > 0;
        none |= readings[a].validTime() == 0;
      }
      if (!missing && none) {
        return null; // no interval ended during this cycle: wait for one
      }
      for (int s = 0; s < n && !missing; s++) {
        for (int a : junction.served(s)) {
          o[s] = Math.max(o[s], readings[a].occupancy());
        }
        e[s] = o[s] - config.setPoint();
      }
      for (ReadingCollector r : readings) {
        r.reset();
      }
    } else {
      missing = sampleMissing;
      if (!missing && samples == 0) {
        return null;
      }
      double mean = 0;
      double[] q = new double[n];
      for (int s = 0; s < n; s++) {
        q[s] = samples == 0 ? 0 : queueSum[s] / samples;
        mean += q[s] / n;
      }
      for (int s = 0; s < n; s++) {
        e[s] = (q[s] - mean) / Math.max(mean, 1);
      }
      java.util.Arrays.fill(queueSum, 0);
      samples = 0;
      sampleMissing = false;
    }
    if (missing) {
      if (!holding) {
        context.raise("hold", junction.id() + ": sensor readings missing; plan and PID state"
            + " kept");
      }
      holding = true;
      return null;
    }
    holding = false;
    return e;
  }

  private void apply() {
    double start = junction.control().runPlan(greens);
    double total = Greens.sum(greens);
    String id = junction.id();
    context.record(id + "/cycle", total + lost);
    context.record(id + "/green-split", greens[0] / total);
    // Next decision in the middle of the last stage of the new cycle.
    double offset = 0;
    for (int i = 0; i < n - 1; i++) {
      offset += greens[i] + intergreen[i];
    }
    at(start + offset + greens[n - 1] / 2, this::decide);
  }

  private void at(double t, Runnable r) {
    context.schedule(Math.max(context.now(), t), r);
  }

  /** The greens asked for last [s]. */
  double[] greens() {
    return greens.clone();
  }
}
