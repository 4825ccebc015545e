package org.citysim.sim.forecast;

import java.nio.file.Path;

/**
 * Loads learned models from files; found by {@link java.util.ServiceLoader} under {@code
 * META-INF/services/org.citysim.sim.forecast.ModelProvider} (the {@code models} module).
 */
public interface ModelProvider {
  /**
   * The sensor ids of the model in {@code file}, in its column order: a scenario computes its
   * {@link ScenarioFingerprint} over them before loading the model.
   *
   * @throws ModelException when the file is missing, unreadable or not a citysim model
   */
  java.util.List<String> sensors(Path file) throws ModelException;

  /**
   * The forecaster in {@code file}, checked against the scenario it will run in.
   *
   * @param fingerprint the scenario's {@link ScenarioFingerprint} over the model's sensors
   * @throws ModelException when the file is missing, unreadable, of another kind, or was
   *                        trained on another network or sensor layout
   */
  Forecaster forecaster(Path file, String fingerprint) throws ModelException;

  /** The incident classifier in {@code file}, checked likewise. */
  IncidentClassifier classifier(Path file, String fingerprint) throws ModelException;
}
