package org.citysim.agents.forecast;

import java.util.Locale;
import org.citysim.sim.agent.AgentContext;
import org.citysim.sim.forecast.ForecastFeed;
import org.citysim.sim.forecast.SensorDataset.Feature;

/**
 * The early congestion warning of one run. At each forecast, a sensor whose link is predicted
 * congested (occupancy at or above the threshold, or speed at or below the set share of free
 * speed) at some horizon within the configured one, and is not congested now, gets a warning,
 * once until it clears (neither predicted nor measured congested). Each measured onset (a slot
 * measured congested after one that was not) is scored: warned, with the lead time from the
 * warning, or missed.
 */
final class CongestionWarning {
  private final WarningConfig config;
  private final AgentContext context;
  private final ForecastFeed feed;
  private final boolean occupancy;
  private final boolean speed;
  /** Per sensor: when warned [s], NaN when not in a warning. */
  private final double[] warnedAt;
  /** Per sensor: measured congested in the last slot. */
  private final boolean[] congested;
  private int warnedOnsets;
  private int missedOnsets;

  CongestionWarning(WarningConfig config, AgentContext context, ForecastFeed feed) {
    this.config = config;
    this.context = context;
    this.feed = feed;
    occupancy = feed.features().contains(Feature.OCCUPANCY);
    speed = feed.features().contains(Feature.SPEED);
    if (!occupancy && !speed) {
      throw new IllegalArgumentException("the model forecasts neither occupancy nor speed: a"
          + " congestion warning needs one of them");
    }
    int n = feed.sensors().size();
    warnedAt = new double[n];
    java.util.Arrays.fill(warnedAt, Double.NaN);
    congested = new boolean[n];
  }

  void start() {
    feed.onForecast(this::onForecast);
  }

  private boolean isCongested(int s, double occ, double v) {
    return (occupancy && occ >= config.occupancy())
        || (speed && v <= config.speedRatio() * feed.freeSpeed(s));
  }

  private void onForecast() {
    double now = context.now();
    double[] hs = feed.horizons();
    int warned = 0;
    for (int s = 0; s < warnedAt.length; s++) {
      boolean now_ = isCongested(s, feed.observed(s, Feature.OCCUPANCY),
          feed.observed(s, Feature.SPEED));
      if (now_ && !congested[s]) {
        onset(s, now);
      }
      congested[s] = now_;
      int first = -1;
      for (int h = 0; h < hs.length && hs[h] <= config.horizon() && first < 0; h++) {
        if (isCongested(s, feed.forecast(h, s, Feature.OCCUPANCY),
            feed.forecast(h, s, Feature.SPEED))) {
          first = h;
        }
      }
      if (first >= 0 && !now_ && Double.isNaN(warnedAt[s])) {
        warnedAt[s] = now;
        context.raise("congestion-warning", String.format(Locale.ROOT,
            "%s: congestion expected within %.0f min (occupancy %.2f, speed %.1f m/s)",
            feed.sensors().get(s), hs[first] / 60, feed.forecast(first, s, Feature.OCCUPANCY),
            feed.forecast(first, s, Feature.SPEED)));
      } else if (first < 0 && !now_) {
        warnedAt[s] = Double.NaN; // cleared: a later prediction warns again
      }
      if (!Double.isNaN(warnedAt[s])) {
        warned++;
      }
    }
    context.record("sensors-warned", warned);
  }

  private void onset(int s, double now) {
    boolean wasWarned = !Double.isNaN(warnedAt[s]);
    if (wasWarned) {
      warnedOnsets++;
      context.record("lead-time", now - warnedAt[s]);
    } else {
      missedOnsets++;
    }
    context.record("onsets-warned", warnedOnsets);
    context.record("onsets-missed", missedOnsets);
    context.raise("congestion-onset", String.format(Locale.ROOT, "%s: congested (%s)",
        feed.sensors().get(s), wasWarned ? String.format(Locale.ROOT, "warned %.0f min ahead",
            (now - warnedAt[s]) / 60) : "not warned"));
  }
}
