package org.citysim.sim.imports.sumo;

import org.citysim.sim.random.RandomStream;

/**
 * The timing attributes of one {@code <flow>}, validated; {@link #departures} expands them with
 * the rules documented on {@link SumoFlows}.
 *
 * @param begin  first possible departure [s]
 * @param end    end of the departure interval [s] (exclusive), NaN when open
 * @param gapMs  gap between departures [ms] for period, vehsPerHour and number; 0 for probability
 * @param prob   departure probability per second, 0 unless a probability flow
 * @param number number of vehicles, -1 when not given
 */
record SumoFlowSpec(double begin, double end, long gapMs, double prob, long number) {

  /** Parses and checks the timing attributes; null (with problems logged) when invalid. */
  static SumoFlowSpec parse(SumoAttributes a, SumoReadLog log) {
    boolean hasEnd = a.has("end");
    boolean hasNumber = a.has("number");
    boolean hasVph = a.has("vehsPerHour");
    boolean hasPeriod = a.has("period");
    boolean hasProb = a.has("probability");
    String period = a.peek("period");
    if (period != null && period.trim().startsWith("exp(")) {
      a.take("period");
      log.problem(a.loc(), "flow.period", "random period \"" + period + "\" is not supported",
          "use probability=\"p\" for random departures, or a fixed period");
      return null;
    }
    Double begin = a.time("begin", 0.0);
    Double end = a.time("end", null);
    Double vph = a.number("vehsPerHour", null);
    Double per = a.time("period", null);
    Double prob = a.number("probability", null);
    Double num = a.number("number", null);
    boolean ok = begin != null && (end != null || !hasEnd) && (vph != null || !hasVph)
        && (per != null || !hasPeriod) && (prob != null || !hasProb) && (num != null || !hasNumber);
    if (!ok) {
      return null;
    }
    boolean rate = hasVph || hasPeriod || hasProb;
    if (rate && hasEnd && hasNumber) {
      return bad(a, log, "flow", "with " + (hasVph ? "vehsPerHour" : hasPeriod ? "period"
          : "probability") + " give end or number, not both", "");
    }
    if (hasNumber && (num < 0 || num != Math.rint(num))) {
      return bad(a, log, "flow.number", "number must be a whole number >= 0, got " + num, "");
    }
    if (hasVph && !(vph > 0)) {
      return bad(a, log, "flow.vehsPerHour", "vehsPerHour must be positive, got " + vph, "");
    }
    if (hasPeriod && SumoFlows.ms(per) <= 0) {
      return bad(a, log, "flow.period", "period must be at least 1 ms, got " + per, "");
    }
    if (hasProb && !(prob > 0 && prob <= 1)) {
      return bad(a, log, "flow.probability", "probability must be in (0, 1], got " + prob,
          "the chance of a departure in each second");
    }
    long n = hasNumber ? num.longValue() : -1;
    double e = hasEnd ? end : (rate && hasNumber) ? Double.NaN : begin + SumoFlows.DEFAULT_DURATION;
    if (!hasEnd && !(rate && hasNumber)) {
      log.ignored("missing end (SUMO's default of begin + 24 h used)", "<flow>", a.loc());
    }
    if (e < begin) {
      return bad(a, log, "flow.end", "end " + e + " is before begin " + begin, "");
    }
    if (hasProb) {
      return new SumoFlowSpec(begin, e, 0, prob, n);
    }
    long gap = hasVph ? Math.round(3_600_000 / vph) : hasPeriod ? SumoFlows.ms(per)
        : n == 0 ? 1 : SumoFlows.gapForNumber(begin, e, n);
    if (gap <= 0) {
      return bad(a, log, "flow.number", n + " vehicles do not fit between begin and end", "");
    }
    return new SumoFlowSpec(begin, e, gap, 0, n >= 0 ? n : SumoFlows.count(begin, e, gap));
  }

  private static SumoFlowSpec bad(SumoAttributes a, SumoReadLog log, String field, String msg,
      String hint) {
    log.problem(a.loc(), field, msg, hint);
    return null;
  }

  /** Departures inside {@code [from, to]} and the count of those outside. */
  SumoFlows.Departures departures(RandomStream rnd, double from, double to) {
    return prob > 0 ? SumoFlows.bernoulli(begin, end, prob, number, rnd, from, to)
        : SumoFlows.evenly(begin, gapMs, number, from, to);
  }
}
