package org.citysim.sim.imports.sumo;

import java.util.Arrays;
import org.citysim.sim.random.RandomStream;

/**
 * Departure times of the vehicles of a {@code <flow>}, following SUMO 1.15
 * ({@code SUMOVehicleParserHelper::parseFlowAttributes} and {@code MSInsertionControl}), which
 * works in whole milliseconds:
 *
 * <ul>
 *   <li>{@code period=P}: gap {@code g = round(1000 P)} ms;
 *   <li>{@code vehsPerHour=V}: gap {@code g = round(3 600 000 / V)} ms;
 *   <li>with either, {@code n = number} when given, else {@code n = ceil((end - begin) / g)};
 *       vehicle {@code i} departs at {@code begin + i g} for {@code i = 0 .. n-1}, so all departures
 *       are in {@code [begin, end)};
 *   <li>{@code number=N} alone: gap {@code g = floor((end - begin) / N)} ms (integer division),
 *       departures {@code begin + i g}, {@code i = 0 .. N-1}: evenly spaced, first at begin, last one
 *       gap before end (begin 0, end 100, number 10 gives 0, 10, ..., 90);
 *   <li>{@code probability=p}: one Bernoulli draw per second at {@code begin, begin + 1, ...} while
 *       before end (and until {@code number} vehicles when given), as SUMO does with its default
 *       step length of 1 s.
 * </ul>
 *
 * A missing {@code end} is {@code begin + 24 h}, as in SUMO, except with {@code number} and one
 * of the rates, which end after {@code number} vehicles. The rules were checked against
 * {@code duarouter} 1.15, which expands flows into vehicles the same way.
 *
 * <p>Only departures inside the read window {@code [from, to]} are returned; the rest are
 * counted. A probability flow with an end draws for every second of {@code [begin, end)} whatever
 * the window, so that the window does not shift the draws of later flows; one without an end
 * stops drawing after the window.
 */
final class SumoFlows {
  /** SUMO's default flow duration when {@code end} is missing [s]. */
  static final double DEFAULT_DURATION = 24 * 3600;

  private SumoFlows() {}

  /**
   * Departures kept, and how many fell outside the window.
   *
   * @param departs departures [s], ascending
   * @param index   index of each departure in the whole flow, which names the vehicle
   *                ({@code flowId.index}) whatever the window
   * @param dropped vehicles of the flow outside the window
   */
  record Departures(double[] departs, long[] index, long dropped) {}

  /**
   * Evenly spaced departures.
   *
   * @param begin  flow begin [s]
   * @param gapMs  gap between departures [ms], positive
   * @param n      number of vehicles
   */
  static Departures evenly(double begin, long gapMs, long n, double from, double to) {
    long b = ms(begin);
    double[] out = new double[(int) Math.min(n, 1 << 20)];
    long[] idx = new long[out.length];
    int k = 0;
    long dropped = 0;
    for (long i = 0; i < n; i++) {
      double t = (b + i * gapMs) / 1000.0;
      if (t > to) {
        dropped += n - i;
        break;
      }
      if (t < from) {
        dropped++;
        continue;
      }
      if (k == out.length) {
        out = Arrays.copyOf(out, k * 2);
        idx = Arrays.copyOf(idx, k * 2);
      }
      idx[k] = i;
      out[k++] = t;
    }
    return new Departures(Arrays.copyOf(out, k), Arrays.copyOf(idx, k), dropped);
  }

  /** Number of vehicles of a flow with a rate and an end: {@code ceil((end - begin) / gap)}. */
  static long count(double begin, double end, long gapMs) {
    long span = ms(end) - ms(begin);
    return span <= 0 ? 0 : (span + gapMs - 1) / gapMs;
  }

  /** Gap of a flow given only {@code number} vehicles between begin and end [ms]. */
  static long gapForNumber(double begin, double end, long number) {
    return (ms(end) - ms(begin)) / number;
  }

  /**
   * Bernoulli departures, one draw per second.
   *
   * @param end    flow end [s], or NaN for none (then {@code number} must be positive)
   * @param number maximum number of vehicles, or -1 for no limit
   */
  static Departures bernoulli(double begin, double end, double p, long number, RandomStream rnd,
      double from, double to) {
    long b = ms(begin);
    boolean open = Double.isNaN(end);
    long e = open ? Long.MAX_VALUE : ms(end);
    double[] out = new double[16];
    long[] idx = new long[16];
    int k = 0;
    long dropped = 0;
    long made = 0;
    for (long t = b; t < e && (number < 0 || made < number); t += 1000) {
      double s = t / 1000.0;
      if (open && s > to) {
        break;
      }
      if (rnd.uniform() < p) {
        if (s < from || s > to) {
          dropped++;
        } else {
          if (k == out.length) {
            out = Arrays.copyOf(out, k * 2);
            idx = Arrays.copyOf(idx, k * 2);
          }
          idx[k] = made;
          out[k++] = s;
        }
        made++;
      }
    }
    return new Departures(Arrays.copyOf(out, k), Arrays.copyOf(idx, k), dropped);
  }

  /** Seconds to whole milliseconds, rounded as SUMO's {@code TIME2STEPS}. */
  static long ms(double seconds) {
    return Math.round(seconds * 1000);
  }
}
