package org.citysim.sim.dataset;

import org.citysim.sim.random.RandomStream;
import org.citysim.sim.random.RandomStreams;
import org.citysim.sim.sensor.Weather;

/**
 * How simulated days differ from one another. Each day draws, from its own named stream
 * {@code dataset:day:<index>} of the data set seed (replication 0), always in this order and
 * whatever the settings (so changing one setting never changes another's draws):
 * <ol>
 *   <li>the day's run seed (a uniform {@code long}): its demand, incidents, sensor errors and
 *       dropouts;</li>
 *   <li>the demand level: log-normal with mean 1, {@code exp(sd * z - sd^2 / 2)}, which
 *       multiplies the rates of the scenario's flows and random demand;</li>
 *   <li>the profile shift: uniform in {@code [-maxShift, +maxShift]}, rounded to whole minutes
 *       (positive = peaks later);</li>
 *   <li>the weather type: rain with probability {@code rainChance}, else fog with probability
 *       {@code fogChance}, else clear;</li>
 *   <li>two uniforms placing one weather period: rain starts anywhere in the window and lasts 1
 *       to 6 h; fog starts in the first third of the window (fog is a morning thing) and lasts 1
 *       to 3 h; both end at the latest at the window's end (durations are our assumptions).</li>
 * </ol>
 *
 * @param demandSd   sd of the log of the daily demand level (0 = every day as written)
 * @param maxShift   largest shift of the demand profile either way [s] (0 = none)
 * @param rainChance probability of a day with a rain period [0..1]
 * @param fogChance  probability of a day with a fog period [0..1]; rain and fog together at
 *                   most 1. With both 0 the scenario's own {@code sensors.weather} is kept.
 */
public record Variation(double demandSd, double maxShift, double rainChance, double fogChance) {
  /** Shortest and longest rain period [s]. */
  static final double RAIN_MIN = 3600;
  static final double RAIN_MAX = 6 * 3600;
  /** Shortest and longest fog period [s]. */
  static final double FOG_MIN = 3600;
  static final double FOG_MAX = 3 * 3600;

  public Variation {
    if (!(demandSd >= 0 && demandSd <= 2)) {
      throw new IllegalArgumentException("demandSd must be in [0, 2], got " + demandSd);
    }
    if (!(maxShift >= 0 && maxShift <= 6 * 3600)) {
      throw new IllegalArgumentException("maxShift must be in [0, 6 h], got " + maxShift + " s");
    }
    if (!(rainChance >= 0 && fogChance >= 0 && rainChance + fogChance <= 1)) {
      throw new IllegalArgumentException("rainChance and fogChance must be >= 0 and sum to at"
          + " most 1, got " + rainChance + " and " + fogChance);
    }
  }

  /**
   * The defaults: demand sd 0.15 (day-to-day variation of urban traffic volumes is of the order
   * of 10 to 15 %), shifts up to 30 min, a quarter of the days with rain, 8 % with fog (our
   * assumptions for a temperate city).
   */
  public static Variation defaults() {
    return new Variation(0.15, 1800, 0.25, 0.08);
  }

  /** Days differ only by their seed. */
  public static Variation none() {
    return new Variation(0, 0, 0, 0);
  }

  /** Whether the days get weather of their own (else the scenario's is kept). */
  public boolean variesWeather() {
    return rainChance + fogChance > 0;
  }

  /**
   * The variation of day {@code index} of a data set with {@code seed}, for the simulated window
   * {@code [start, end]} [s since midnight].
   */
  public DayVariation draw(long seed, int index, double start, double end) {
    RandomStream r = new RandomStreams(seed, 0).stream("dataset:day:" + index);
    long daySeed = r.nextLong();
    double z = r.gaussian();
    double u = r.uniform();
    double w = r.uniform();
    double a = r.uniform();
    double b = r.uniform();
    double demand = Math.exp(demandSd * z - demandSd * demandSd / 2);
    double shift = Math.round((2 * u - 1) * maxShift / 60.0) * 60.0;
    Weather weather = w < rainChance ? Weather.RAIN
        : w < rainChance + fogChance ? Weather.FOG : Weather.CLEAR;
    double from = Double.NaN;
    double to = Double.NaN;
    double window = end - start;
    if (weather == Weather.RAIN) {
      from = start + a * window;
      to = Math.min(end, from + RAIN_MIN + b * (RAIN_MAX - RAIN_MIN));
    } else if (weather == Weather.FOG) {
      from = start + a * window / 3;
      to = Math.min(end, from + FOG_MIN + b * (FOG_MAX - FOG_MIN));
    }
    if (weather != Weather.CLEAR) {
      // Whole seconds: the periods are written to scenario files and data set metadata.
      from = Math.floor(from);
      to = Math.floor(to);
      if (!(to > from)) {
        weather = Weather.CLEAR;
        from = Double.NaN;
        to = Double.NaN;
      }
    }
    return new DayVariation(index, daySeed, demand, shift, weather, from, to);
  }
}
