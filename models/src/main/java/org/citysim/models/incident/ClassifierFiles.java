package org.citysim.models.incident;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.citysim.models.data.Standardization;
import org.citysim.models.data.TimeOfDayProfile;
import org.citysim.models.data.WindowEncoder;
import org.citysim.models.io.ModelFile;
import org.citysim.models.nn.SequenceNet;
import org.citysim.sim.forecast.ModelException;

/** Loads classifier model files. */
public final class ClassifierFiles {
  private ClassifierFiles() {}

  /**
   * The classifier in {@code file}.
   *
   * @param fingerprint the scenario's fingerprint, or null to skip that check
   * @throws ModelException when the file cannot be used, with the reason in one line
   */
  public static TrainedClassifier load(Path file, String fingerprint) throws ModelException {
    JsonNode json = ModelFile.readMetadata(file, ClassifierMetadata.KIND, fingerprint);
    ClassifierMetadata meta;
    try {
      meta = ModelFile.json().treeToValue(json, ClassifierMetadata.class);
      int n = meta.sensors().size();
      if (meta.mean().length != n || meta.std().length != n || meta.profile().length == 0
          || meta.profile()[0].length != n || meta.downstream().size() != n) {
        throw new IllegalArgumentException("its sensor counts disagree");
      }
    } catch (Exception e) {
      throw new ModelException(file + ": the classifier's metadata is incomplete ("
          + String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " ")
          + "); retrain with `citysim train classifier`", e);
    }
    SequenceNet net = ModelFile.readNet(file);
    WindowEncoder encoder = new WindowEncoder(WindowEncoder.Layout.PER_SENSOR,
        meta.windowSlots(), new int[0], new Standardization(meta.mean(), meta.std()),
        new TimeOfDayProfile(meta.profile()), meta.downstream(), meta.interval(),
        meta.dayStart());
    if (net.inputs() != encoder.channels() || net.outputs() != 1) {
      throw new ModelException(file + ": the network takes " + net.inputs() + " inputs and "
          + "gives " + net.outputs() + " outputs, the metadata implies " + encoder.channels()
          + " and 1; retrain with `citysim train classifier`");
    }
    return new TrainedClassifier(new IncidentModel(encoder, net, meta.sensors().size()), meta,
        List.of());
  }
}
