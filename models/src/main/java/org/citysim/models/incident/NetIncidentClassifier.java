package org.citysim.models.incident;

import java.util.List;
import org.citysim.sim.forecast.IncidentClassifier;
import org.citysim.sim.forecast.SensorDataset;

/** A trained {@link IncidentModel} as the kernel's {@link IncidentClassifier}. */
final class NetIncidentClassifier implements IncidentClassifier {
  private final IncidentModel model;
  private final ClassifierMetadata meta;
  private final List<SensorDataset.Feature> features;

  NetIncidentClassifier(IncidentModel model, ClassifierMetadata meta) {
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
  public double interval() {
    return meta.interval();
  }

  @Override
  public int windowSlots() {
    return meta.windowSlots();
  }

  @Override
  public double threshold() {
    return meta.threshold();
  }

  /**
   * {@inheritDoc}
   *
   * <p>One network call for all sensors. Early in a run, pad the slots not yet seen with NaN.
   *
   * @throws IllegalArgumentException when {@code window} has the wrong shape
   */
  @Override
  public double[] blockingProbability(float[][][] window, double timeOfDay) {
    if (window.length != meta.windowSlots()) {
      throw new IllegalArgumentException("window has " + window.length + " slots, the "
          + "classifier needs " + meta.windowSlots());
    }
    for (float[][] slot : window) {
      if (slot.length != meta.sensors().size()
          || (slot.length > 0 && slot[0].length != features.size())) {
        throw new IllegalArgumentException("window slots must be [" + meta.sensors().size()
            + " sensors][" + features.size() + " features]");
      }
    }
    int lastSlot = (int) Math.round((timeOfDay - meta.dayStart()) / meta.interval()) - 1;
    return model.probabilities(window, lastSlot);
  }
}
