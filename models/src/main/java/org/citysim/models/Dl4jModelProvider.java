package org.citysim.models;

import java.nio.file.Path;
import java.util.List;
import org.citysim.models.forecast.ForecasterFiles;
import org.citysim.models.incident.ClassifierFiles;
import org.citysim.models.io.ModelFile;
import org.citysim.sim.forecast.Forecaster;
import org.citysim.sim.forecast.IncidentClassifier;
import org.citysim.sim.forecast.ModelException;
import org.citysim.sim.forecast.ModelProvider;

/**
 * The {@link ModelProvider} of this module (registered for ServiceLoader): loads forecaster and
 * classifier model files written by {@link org.citysim.models.forecast.TrainedForecaster#save}
 * and {@link org.citysim.models.incident.TrainedClassifier#save}, refusing files of the other
 * kind, unreadable ones and ones made for another network or sensor layout.
 */
public final class Dl4jModelProvider implements ModelProvider {
  /** Binds ND4J to this module's class loader (see {@link Nd4jLoading}). */
  public Dl4jModelProvider() {
    Nd4jLoading.bind();
  }


  @Override
  public List<String> sensors(Path file) throws ModelException {
    return ModelFile.sensors(file);
  }

  @Override
  public Forecaster forecaster(Path file, String fingerprint) throws ModelException {
    return ForecasterFiles.load(file, fingerprint).forecaster();
  }

  @Override
  public IncidentClassifier classifier(Path file, String fingerprint) throws ModelException {
    return ClassifierFiles.load(file, fingerprint).classifier();
  }
}
