package org.citysim.sim.forecast;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Trains and evaluates learned models on {@link SensorDataset}s; found by {@link
 * java.util.ServiceLoader} under {@code META-INF/services/org.citysim.sim.forecast.ModelTrainer}
 * (the {@code models} module), so the command line reaches deeplearning4j only through this
 * interface and plain runs never load it.
 */
public interface ModelTrainer {
  /**
   * Fits a traffic-flow forecaster on the data set's training days (validation days choose the
   * epochs), writes it to {@code out} and evaluates it against the baselines on the test days.
   *
   * @throws IOException when {@code out} cannot be written
   */
  Evaluation trainForecaster(SensorDataset data, TrainingOptions options,
      TrainingListener listener, Path out) throws IOException;

  /** Fits an incident classifier likewise, against the threshold rule. */
  Evaluation trainClassifier(SensorDataset data, TrainingOptions options,
      TrainingListener listener, Path out) throws IOException;

  /**
   * Evaluates the model in {@code model} (either kind) on the test days of {@code data}.
   *
   * @throws ModelException when the model cannot be used on this data set's scenario
   */
  Evaluation evaluate(Path model, SensorDataset data) throws ModelException;
}
