package org.citysim.models.forecast;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.citysim.models.EpochReport;
import org.citysim.models.eval.EvaluationTable;
import org.citysim.models.io.ModelFile;
import org.citysim.sim.forecast.Forecaster;

/**
 * A trained forecaster: its metadata (evaluation included), the per-epoch history, the {@link
 * Forecaster} to use in runs, and {@link #save}.
 */
public final class TrainedForecaster {
  private final ForecastModel model;
  private final ForecasterMetadata metadata;
  private final List<EpochReport> history;

  TrainedForecaster(ForecastModel model, ForecasterMetadata metadata, List<EpochReport> history) {
    this.model = model;
    this.metadata = metadata;
    this.history = List.copyOf(history);
  }

  /** What goes into the model file. */
  public ForecasterMetadata metadata() {
    return metadata;
  }

  /** Errors of the network and the baselines on the test days (no rows without test days). */
  public EvaluationTable evaluation() {
    return metadata.evaluation();
  }

  /** One report per epoch run (empty for a loaded model). */
  public List<EpochReport> history() {
    return history;
  }

  /** The forecaster, for runs. */
  public Forecaster forecaster() {
    return new NetForecaster(model, metadata);
  }

  /** The network's weights, e.g. to compare two trainings. */
  public float[] parameters() {
    return model.net.parameters();
  }

  ForecastModel model() {
    return model;
  }

  /** Writes the model file (atomically). */
  public void save(Path file) throws IOException {
    ModelFile.write(file, metadata, model.net);
  }
}
