package org.citysim.sim.dataset;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.scenario.DemandSpec;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.SimulationSpec;
import org.citysim.sim.scenario.TimeProfile;
import org.citysim.sim.sensor.SensorSpec;
import org.citysim.sim.sensor.Weather;
import org.citysim.sim.sensor.WeatherPeriod;

/**
 * One day's scenario: the base scenario with the day's seed, demand level, profile shift and
 * weather, made through the scenario records (as {@code --set} overrides would), so the day is
 * an ordinary scenario that {@code ScenarioWriter} can write and {@code citysim run} repeat.
 *
 * <ul>
 *   <li>Seed: {@code simulation.seed} becomes the day's seed (replication kept).</li>
 *   <li>Demand level: multiplies the rate of every flow and of the random demand. Trip lists
 *       and SUMO routes are fixed lists and stay as written.</li>
 *   <li>Profile shift: the profile moves by the shift; its first factor is held before the
 *       moved start and its last after the moved end, so a flat profile stays flat and the
 *       day's total demand stays about the same (exactly when the edge factors are equal).</li>
 *   <li>Weather: when the variation draws weather, the day's one period (or none) replaces
 *       {@code sensors.weather}.</li>
 * </ul>
 * Incidents need nothing here: random incidents draw from the day's seed, and scheduled ones
 * and closures happen every day as written.
 */
public final class DayScenario {
  private DayScenario() {}

  /** The scenario of day {@code v} of a data set built from {@code base} with {@code variation}. */
  public static Scenario of(Scenario base, DayVariation v, Variation variation) {
    SimulationSpec sim = base.simulation();
    SimulationSpec daySim = new SimulationSpec(sim.start(), sim.end(), v.seed(), sim.replication());
    DemandSpec d = base.demand();
    List<DemandSpec.OdFlowSpec> flows = new ArrayList<>();
    for (DemandSpec.OdFlowSpec f : d.flows()) {
      flows.add(new DemandSpec.OdFlowSpec(f.from(), f.to(), f.rate() * v.demand()));
    }
    DemandSpec demand = new DemandSpec(shift(d.profile(), v.shift()), flows,
        d.random().map(r -> new DemandSpec.RandomDemandSpec(r.rate() * v.demand(), r.places())),
        d.tripFiles(), d.sumoRoutes());
    SensorSpec s = base.sensors();
    SensorSpec sensors = !variation.variesWeather() ? s
        : new SensorSpec(s.interval(), s.dropout(), s.night(), v.weather() == Weather.CLEAR
            ? List.of() : List.of(new WeatherPeriod(v.weatherFrom(), v.weatherTo(), v.weather())),
            s.camera(), s.cameras());
    return new Scenario(base.name(), base.description(), daySim, base.network(), demand,
        base.traffic(), base.outputs(), base.baseDir(), base.agents(), sensors, base.pollution(),
        base.incidents());
  }

  /**
   * Whether the demand level and profile shift act on {@code base} at all: only when it has
   * flows or random demand (trip lists and SUMO routes are fixed).
   */
  public static boolean demandVaries(Scenario base) {
    return !base.demand().flows().isEmpty() || base.demand().random().isPresent();
  }

  /**
   * {@code p} moved by {@code shift} [s], holding its first factor before the moved start and its
   * last after the moved end. The result steps at the greatest common divisor of the profile's
   * interval and the shift (whole seconds), so it is exact; a profile whose interval is not a
   * whole number of seconds is only moved.
   */
  static TimeProfile shift(TimeProfile p, double shift) {
    if (shift == 0) {
      return p;
    }
    double[] f = p.factors();
    long interval = Math.round(p.interval());
    long by = Math.round(Math.abs(shift));
    if (interval != p.interval() || by != Math.abs(shift)) {
      return new TimeProfile(p.start() + shift, p.interval(), f);
    }
    long step = gcd(interval, by);
    double from = Math.min(p.start(), p.start() + shift);
    double end = p.start() + f.length * p.interval();
    double to = Math.max(end, end + shift);
    int n = (int) Math.round((to - from) / step);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      // The middle of the step, moved back, clamped into the original profile.
      double t = from + (i + 0.5) * step - shift;
      int k = (int) Math.floor((t - p.start()) / p.interval());
      out[i] = f[Math.max(0, Math.min(f.length - 1, k))];
    }
    return new TimeProfile(from, step, out);
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
