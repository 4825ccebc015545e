package org.citysim.models.forecast;

import java.util.List;
import org.citysim.sim.forecast.Forecaster;
import org.citysim.sim.forecast.SensorDataset;

/** A trained {@link ForecastModel} as the kernel's {@link Forecaster}. */
final class NetForecaster implements Forecaster {
  private final ForecastModel model;
  private final ForecasterMetadata meta;
  private final List<SensorDataset.Feature> features;

  NetForecaster(ForecastModel model, ForecasterMetadata meta) {
    this.model = model;
    this.meta = meta;
    this.features = meta.features().stream().map(SensorDataset.Feature::valueOf).toList();
  }

  @Override
  public List<String> sensors() {
    return meta.sensors();
  }

  @Override
  public List<SensorDataset.Feature> features() {
    return features;
  }

  @Override
  public double[] horizons() {
    return meta.horizons().clone();
  }

  @Override
  public double interval() {
    return meta.interval();
  }

  @Override
  public int historySlots() {
    return meta.historySlots();
  }

  /**
   * {@inheritDoc}
   *
   * <p>One network call for all sensors. A time of day outside the training days' slots reads
   * the usual level of the nearest slot. Early in a run, pad the slots not yet seen with NaN:
   * missing readings stand at the usual level for their slot.
   *
   * @throws IllegalArgumentException when {@code history} has the wrong shape
   */
  @Override
  public float[][][] forecast(float[][][] history, double timeOfDay) {
    int h = meta.historySlots();
    if (history.length != h) {
      throw new IllegalArgumentException("history has " + history.length + " slots, the "
          + "forecaster needs " + h);
    }
    for (float[][] slot : history) {
      if (slot.length != meta.sensors().size()
          || (slot.length > 0 && slot[0].length != features.size())) {
        throw new IllegalArgumentException("history slots must be [" + meta.sensors().size()
            + " sensors][" + features.size() + " features]");
      }
    }
    int lastSlot = (int) Math.round((timeOfDay - meta.dayStart()) / meta.interval()) - 1;
    return model.forecast(history, lastSlot);
  }
}
