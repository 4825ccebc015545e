package org.citysim.agents.signal;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.forecast.ForecastFeed;
import org.citysim.sim.forecast.SensorDataset.Feature;

/**
 * A forecast feed for agent tests: one sensor per link, the features flow, speed and occupancy,
 * horizons 300, 900 and 1800 s; the test sets forecasts and observations and then calls {@link
 * #issue} to tell the listeners.
 */
public final class FakeFeed implements ForecastFeed {
  private final List<String> links;
  private final double freeSpeed;
  private final double[][][] forecast;
  private final double[][] observed;
  private final List<Runnable> listeners = new ArrayList<>();
  private double issuedAt = Double.NaN;

  /** A feed over {@code links}, each with free speed {@code freeSpeed} [m/s]. */
  public FakeFeed(double freeSpeed, String... links) {
    this.links = List.of(links);
    this.freeSpeed = freeSpeed;
    forecast = new double[3][links.length][3];
    observed = new double[links.length][3];
    for (double[][] h : forecast) {
      for (double[] s : h) {
        java.util.Arrays.fill(s, Double.NaN);
      }
    }
    for (double[] s : observed) {
      java.util.Arrays.fill(s, Double.NaN);
    }
  }

  /** Sets the forecast of {@code f} on {@code link} at horizon index {@code h}. */
  public FakeFeed set(int h, String link, Feature f, double v) {
    forecast[h][links.indexOf(link)][f.ordinal()] = v;
    return this;
  }

  /** Sets the same forecast of {@code f} on {@code link} at every horizon. */
  public FakeFeed setAll(String link, Feature f, double v) {
    for (int h = 0; h < forecast.length; h++) {
      set(h, link, f, v);
    }
    return this;
  }

  /** Sets the observation of {@code f} on {@code link}. */
  public FakeFeed observe(String link, Feature f, double v) {
    observed[links.indexOf(link)][f.ordinal()] = v;
    return this;
  }

  /** Marks a forecast made at {@code t} and tells the listeners. */
  public void issue(double t) {
    issuedAt = t;
    listeners.forEach(Runnable::run);
  }

  @Override
  public List<String> sensors() {
    return links.stream().map(l -> "loop:" + l).toList();
  }

  @Override
  public List<Feature> features() {
    return List.of(Feature.FLOW, Feature.SPEED, Feature.OCCUPANCY);
  }

  @Override
  public double[] horizons() {
    return new double[] {300, 900, 1800};
  }

  @Override
  public double interval() {
    return 300;
  }

  @Override
  public int sensorOnLink(String linkId) {
    return links.indexOf(linkId);
  }

  @Override
  public double freeSpeed(int sensor) {
    return freeSpeed;
  }

  @Override
  public double issuedAt() {
    return issuedAt;
  }

  @Override
  public double forecast(int horizon, int sensor, Feature feature) {
    return forecast[horizon][sensor][feature.ordinal()];
  }

  @Override
  public double observed(int sensor, Feature feature) {
    return observed[sensor][feature.ordinal()];
  }

  @Override
  public void onForecast(Runnable listener) {
    listeners.add(listener);
  }
}
