package org.citysim.models.incident;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.citysim.models.EpochReport;
import org.citysim.models.eval.ClassificationTable;
import org.citysim.models.io.ModelFile;
import org.citysim.sim.forecast.IncidentClassifier;

/** A trained incident classifier: metadata, evaluation, history, the runtime adapter, save. */
public final class TrainedClassifier {
  private final IncidentModel model;
  private final ClassifierMetadata metadata;
  private final List<EpochReport> history;

  TrainedClassifier(IncidentModel model, ClassifierMetadata metadata,
      List<EpochReport> history) {
    this.model = model;
    this.metadata = metadata;
    this.history = List.copyOf(history);
  }

  /** What goes into the model file. */
  public ClassifierMetadata metadata() {
    return metadata;
  }

  /** The classifier and the California rule on the test days. */
  public ClassificationTable evaluation() {
    return metadata.classification();
  }

  /** One report per epoch run (empty for a loaded model). */
  public List<EpochReport> history() {
    return history;
  }

  /** The classifier, for runs. */
  public IncidentClassifier classifier() {
    return new NetIncidentClassifier(model, metadata);
  }

  /** The network's weights. */
  public float[] parameters() {
    return model.net.parameters();
  }

  IncidentModel model() {
    return model;
  }

  /** Writes the model file (atomically). */
  public void save(Path file) throws IOException {
    ModelFile.write(file, metadata, model.net);
  }
}
