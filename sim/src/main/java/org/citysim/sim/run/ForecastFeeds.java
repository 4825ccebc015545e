package org.citysim.sim.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.citysim.sim.forecast.ForecastFeed;
import org.citysim.sim.forecast.Forecaster;
import org.citysim.sim.forecast.IncidentClassifier;
import org.citysim.sim.forecast.ModelException;
import org.citysim.sim.forecast.ModelServices;
import org.citysim.sim.forecast.ScenarioFingerprint;
import org.citysim.sim.forecast.SensorDataset.Feature;
import org.citysim.sim.forecast.SlotSampler;
import org.citysim.sim.kernel.Kernel;
import org.citysim.sim.kernel.Priorities;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.sensor.ApproachSensor;
import org.citysim.sim.sensor.SensorKind;
import org.citysim.sim.sensor.SensorSpec;
import org.citysim.sim.sensor.Sensors;

/**
 * The forecast feeds of a run, one per model file, made when an agent first asks for one
 * ({@link org.citysim.sim.agent.AgentContext#forecasts}). A feed samples its model's sensors
 * into slots of the model's interval ({@link SlotSampler}, polled every sensor interval after
 * the intervals close) and, at the end of each slot once the model's history is full, calls
 * the model once for all its sensors and horizons.
 */
final class ForecastFeeds {
  /** Share of a slot valid readings must cover, as in the data sets models learn from. */
  static final double MIN_COVERAGE = 0.5;

  private final Kernel kernel;
  private final RoadNetwork net;
  private final Sensors sensors;
  private final SensorSpec sensorSpec;
  private final Map<Path, Feed> feeds = new HashMap<>();
  /** Seconds spent in model inference, for run.json. */
  private double inferenceSeconds;

  ForecastFeeds(Kernel kernel, RoadNetwork net, Sensors sensors, SensorSpec sensorSpec) {
    this.kernel = kernel;
    this.net = net;
    this.sensors = sensors;
    this.sensorSpec = sensorSpec;
  }

  /**
   * The feed of {@code file}.
   *
   * @throws IllegalArgumentException when the model cannot be used here; the message says why
   */
  ForecastFeed feed(Path file) {
    Path key = file.toAbsolutePath().normalize();
    Feed f = feeds.get(key);
    if (f == null) {
      f = open(key);
      feeds.put(key, f);
    }
    return f;
  }

  private Feed open(Path file) {
    Forecaster model;
    try {
      List<String> ids = ModelServices.provider().sensors(file);
      checkLinks(file, ids);
      model = ModelServices.provider().forecaster(file, ScenarioFingerprint.of(net, ids));
    } catch (ModelException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    double period = sensorSpec.interval();
    if (model.interval() % period > 1e-9) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: its %.0f s slots are"
          + " not a whole number of the scenario's %.0f s sensor intervals; set"
          + " sensors.interval to divide %.0f", file, model.interval(), period, model.interval()));
    }
    return new Feed(model);
  }

  private void checkLinks(Path file, List<String> ids) {
    for (String id : ids) {
      String link = id.substring(id.indexOf(':') + 1);
      if (net.linkIndex(link) < 0) {
        throw new IllegalArgumentException(file + ": its sensor " + id + " watches link '" + link
            + "', which this network lacks; the model was trained on another network");
      }
    }
  }

  /** Told of each sensor a classifier flags as blocked, at the end of a slot. */
  @FunctionalInterface
  interface FlagListener {
    /** @param link index of the flagged sensor's link */
    void flagged(int link);
  }

  /**
   * Runs the incident classifier in {@code file} on its sensors for the whole run: at the end of
   * each slot once its window is full, one call for all sensors, and {@code listener} told of
   * each whose blocking probability reaches the classifier's threshold.
   *
   * @throws IllegalArgumentException when the model cannot be used here; the message says why
   */
  void classify(Path file, FlagListener listener) {
    Path key = file.toAbsolutePath().normalize();
    IncidentClassifier model;
    try {
      List<String> ids = ModelServices.provider().sensors(key);
      checkLinks(key, ids);
      model = ModelServices.provider().classifier(key, ScenarioFingerprint.of(net, ids));
    } catch (ModelException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    List<ApproachSensor> watched = new ArrayList<>();
    double[] free = new double[model.sensors().size()];
    int[] links = new int[free.length];
    for (int s = 0; s < free.length; s++) {
      String id = model.sensors().get(s);
      int colon = id.indexOf(':');
      links[s] = net.linkIndex(id.substring(colon + 1));
      watched.add(sensors.approach(id.substring(colon + 1),
          SensorKind.valueOf(id.substring(0, colon).toUpperCase(Locale.ROOT))));
      free[s] = net.freeSpeed(links[s]);
    }
    int[] columns = model.features().stream().mapToInt(SlotSampler.FEATURES::indexOf).toArray();
    SlotSampler sampler = new SlotSampler(kernel.startTime(), model.interval(), free,
        MIN_COVERAGE, model.windowSlots());
    double period = sensorSpec.interval();
    kernel.every(kernel.startTime() + period, period, Priorities.OBSERVE, now -> {
      int before = sampler.closedSlots();
      sampler.poll(watched);
      if (sampler.closedSlots() == before || sampler.closedSlots() < model.windowSlots()) {
        return;
      }
      long t0 = System.nanoTime();
      double[] p = model.blockingProbability(select(sampler.history(), columns),
          sampler.closedUntil() % 86_400);
      inferenceSeconds += (System.nanoTime() - t0) / 1e9;
      for (int s = 0; s < p.length; s++) {
        if (p[s] >= model.threshold()) {
          listener.flagged(links[s]);
        }
      }
    });
  }

  /** The {@code columns} of each slot and sensor of {@code all}, in order. */
  private static float[][][] select(float[][][] all, int[] columns) {
    float[][][] in = new float[all.length][all[0].length][columns.length];
    for (int k = 0; k < all.length; k++) {
      for (int s = 0; s < all[k].length; s++) {
        for (int c = 0; c < columns.length; c++) {
          in[k][s][c] = all[k][s][columns[c]];
        }
      }
    }
    return in;
  }

  /** Seconds spent in model calls so far. */
  double inferenceSeconds() {
    return inferenceSeconds;
  }

  private final class Feed implements ForecastFeed {
    private final Forecaster model;
    private final List<ApproachSensor> watched = new ArrayList<>();
    private final Map<String, Integer> byLink = new HashMap<>();
    private final double[] freeSpeed;
    private final SlotSampler sampler;
    private final int[] columns;
    private final List<Runnable> listeners = new ArrayList<>();
    private float[][][] latest;
    private float[][] observed;
    private double issuedAt = Double.NaN;

    Feed(Forecaster model) {
      this.model = model;
      List<String> ids = model.sensors();
      freeSpeed = new double[ids.size()];
      for (int s = 0; s < ids.size(); s++) {
        String id = ids.get(s);
        int colon = id.indexOf(':');
        String link = id.substring(colon + 1);
        SensorKind kind = SensorKind.valueOf(id.substring(0, colon).toUpperCase(Locale.ROOT));
        watched.add(sensors.approach(link, kind));
        byLink.putIfAbsent(link, s);
        freeSpeed[s] = net.freeSpeed(net.linkIndex(link));
      }
      columns = model.features().stream().mapToInt(SlotSampler.FEATURES::indexOf).toArray();
      sampler = new SlotSampler(kernel.startTime(), model.interval(), freeSpeed, MIN_COVERAGE,
          model.historySlots());
      sampler.onSlot((index, values) -> observed = values);
      double period = sensorSpec.interval();
      kernel.every(kernel.startTime() + period, period, Priorities.OBSERVE, now -> poll());
    }

    private void poll() {
      int before = sampler.closedSlots();
      sampler.poll(watched);
      if (sampler.closedSlots() > before && sampler.closedSlots() >= model.historySlots()) {
        forecast();
      }
    }

    private void forecast() {
      float[][][] in = select(sampler.history(), columns);
      double end = sampler.closedUntil();
      long t0 = System.nanoTime();
      latest = model.forecast(in, end % 86_400);
      inferenceSeconds += (System.nanoTime() - t0) / 1e9;
      issuedAt = end;
      for (Runnable l : listeners) {
        l.run();
      }
    }

    @Override
    public List<String> sensors() {
      return model.sensors();
    }

    @Override
    public List<Feature> features() {
      return model.features();
    }

    @Override
    public double[] horizons() {
      return model.horizons().clone();
    }

    @Override
    public double interval() {
      return model.interval();
    }

    @Override
    public int sensorOnLink(String linkId) {
      return byLink.getOrDefault(linkId, -1);
    }

    @Override
    public double freeSpeed(int sensor) {
      return freeSpeed[sensor];
    }

    @Override
    public double issuedAt() {
      return issuedAt;
    }

    @Override
    public double forecast(int horizon, int sensor, Feature feature) {
      int c = model.features().indexOf(feature);
      return latest == null || c < 0 ? Double.NaN : latest[horizon][sensor][c];
    }

    @Override
    public double observed(int sensor, Feature feature) {
      return observed == null ? Double.NaN
          : observed[sensor][SlotSampler.FEATURES.indexOf(feature)];
    }

    @Override
    public void onForecast(Runnable listener) {
      listeners.add(listener);
    }
  }
}
