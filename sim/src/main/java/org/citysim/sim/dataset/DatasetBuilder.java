package org.citysim.sim.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.citysim.sim.forecast.SensorDataset;
import org.citysim.sim.forecast.SensorDataset.DayInfo;
import org.citysim.sim.forecast.SensorDataset.Split;
import org.citysim.sim.forecast.SlotSampler;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.sensor.WeatherPeriod;

/**
 * Builds a {@link SensorDataset} by simulating many days of one scenario, each with its own
 * seed, demand level, profile shift and weather ({@link Variation}), reading the sensors of a
 * {@link SensorLayout} into slots ({@link SlotSampler}) and labelling the slots blocked by
 * incidents and closures. Days are split chronologically ({@link ChronologicalSplit}).
 *
 * <p>Each day is an independent run with its own kernel and random streams, so days may run on
 * a bounded pool of threads ({@link DatasetOptions#threads()}, one by default); the data set is
 * the same whatever the thread count, and the same scenario, day count, seed and options give
 * the same data set.
 * Nothing is written or printed; progress goes to a {@link BuildProgress}.
 */
public final class DatasetBuilder {
  /** Most days one data set may have (a sanity bound, about 27 years). */
  public static final int MAX_DAYS = 10_000;

  /**
   * Simulates {@code days} days of {@code scenario}.
   *
   * @param scenario the scenario as loaded (with any overrides)
   * @param days     number of days, 1 to {@link #MAX_DAYS}
   * @param seed     the data set seed, from which every day's variation and seed derive
   * @param options  slots, sensors, variation, split and threads
   * @param progress told after each day
   * @throws ScenarioException when the scenario cannot be built or does not fit the options
   *                           (slot length not a multiple of {@code sensors.interval}, unknown
   *                           sensors, a window shorter than one slot)
   */
  public SensorDataset build(Scenario scenario, int days, long seed, DatasetOptions options,
      BuildProgress progress) throws ScenarioException {
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException("days must be 1 to " + MAX_DAYS + ", got " + days);
    }
    double slot = options.interval();
    double start = scenario.simulation().start();
    double end = scenario.simulation().end();
    int slots = slots(scenario, slot);
    SensorLayout layout = SensorLayout.choose(scenario, options, seed);
    Variation variation = options.variation();
    List<DayVariation> vs = new ArrayList<>(days);
    List<Scenario> scenarios = new ArrayList<>(days);
    for (int d = 0; d < days; d++) {
      DayVariation v = variation.draw(seed, d, start, end);
      vs.add(v);
      scenarios.add(DayScenario.of(scenario, v, variation));
    }
    DayRun.Result[] results = run(scenarios, layout, slot, slots, options, progress);
    Split[] split = ChronologicalSplit.of(days, options.trainShare(), options.validationShare());
    List<DayInfo> infos = new ArrayList<>(days);
    float[][][][] values = new float[days][][][];
    boolean[][][] blocked = new boolean[days][][];
    // A scenario of fixed trip lists is not varied: say so rather than record unused draws.
    boolean varies = DayScenario.demandVaries(scenario);
    for (int d = 0; d < days; d++) {
      DayVariation v = vs.get(d);
      WeatherPeriod w = longest(scenarios.get(d).sensors().weather());
      infos.add(new DayInfo(d, split[d], varies ? v.demand() : 1, varies ? v.shift() : 0,
          w == null ? "clear" : w.weather().label(), v.seed(),
          w == null ? Double.NaN : w.from(), w == null ? Double.NaN : w.to(),
          results[d].incidents()));
      values[d] = results[d].values();
      blocked[d] = results[d].blocked();
    }
    return new SensorDataset(scenario.name(), layout.fingerprint(), seed, slot, start,
        layout.sensors(), SlotSampler.FEATURES, infos, values, blocked);
  }

  /** Whole slots in the scenario's window, checked against its sensor interval. */
  private static int slots(Scenario scenario, double slot) throws ScenarioException {
    double sensorInterval = scenario.sensors().interval();
    double ratio = slot / sensorInterval;
    if (ratio < 1 - 1e-9 || Math.abs(ratio - Math.rint(ratio)) > 1e-9) {
      throw new ScenarioException(new Problem(null, 0, 0, "sensors.interval",
          "the data set's slots of " + slot + " s are not a multiple of the sensors' interval of "
              + sensorInterval + " s", "use a sensor interval that divides the slot, e.g. 60"));
    }
    double window = scenario.simulation().end() - scenario.simulation().start();
    int n = (int) Math.floor(window / slot + 1e-9);
    if (n < 1) {
      throw new ScenarioException(new Problem(null, 0, 0, "simulation",
          "the simulated window of " + window + " s is shorter than one slot of " + slot + " s",
          "simulate a longer window or use shorter slots"));
    }
    return n;
  }

  private static WeatherPeriod longest(List<WeatherPeriod> periods) {
    WeatherPeriod best = null;
    for (WeatherPeriod p : periods) {
      if (best == null || p.to() - p.from() > best.to() - best.from()) {
        best = p;
      }
    }
    return best;
  }

  private static DayRun.Result[] run(List<Scenario> days, SensorLayout layout, double slot,
      int slots, DatasetOptions o, BuildProgress progress) throws ScenarioException {
    int n = days.size();
    DayRun.Result[] out = new DayRun.Result[n];
    int threads = Math.min(o.threads(), n);
    if (threads == 1) {
      for (int d = 0; d < n; d++) {
        out[d] = DayRun.run(days.get(d), layout, slot, slots, o.minCoverage());
        progress.days(d + 1, n);
      }
      return out;
    }
    AtomicInteger names = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dataset-day-" + names.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      CompletionService<Integer> done = new ExecutorCompletionService<>(pool);
      for (int d = 0; d < n; d++) {
        int day = d;
        done.submit(() -> {
          out[day] = DayRun.run(days.get(day), layout, slot, slots, o.minCoverage());
          return day;
        });
      }
      for (int k = 1; k <= n; k++) {
        Future<Integer> f = done.take();
        f.get();
        progress.days(k, n);
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while building the data set");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof ScenarioException se) {
        throw se;
      }
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    } finally {
      pool.shutdownNow();
    }
  }
}
