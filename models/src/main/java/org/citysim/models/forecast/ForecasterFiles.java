package org.citysim.models.forecast;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.citysim.models.data.Standardization;
import org.citysim.models.data.TimeOfDayProfile;
import org.citysim.models.data.WindowEncoder;
import org.citysim.models.io.ModelFile;
import org.citysim.models.nn.SequenceNet;
import org.citysim.sim.forecast.ModelException;

/** Loads forecaster model files. */
public final class ForecasterFiles {
  private ForecasterFiles() {}

  /**
   * The forecaster in {@code file}.
   *
   * @param fingerprint the scenario's fingerprint, or null to skip that check
   * @throws ModelException when the file cannot be used, with the reason in one line
   */
  public static TrainedForecaster load(Path file, String fingerprint) throws ModelException {
    JsonNode json = ModelFile.readMetadata(file, ForecasterMetadata.KIND, fingerprint);
    ForecasterMetadata meta;
    try {
      meta = ModelFile.json().treeToValue(json, ForecasterMetadata.class);
      int n = meta.sensors().size();
      int f = meta.features().size();
      if (meta.mean().length != n || meta.std().length != n || meta.profile().length == 0
          || meta.profile()[0].length != n || meta.profile()[0][0].length != f
          || meta.downstream().size() != n) {
        throw new IllegalArgumentException("its sensor and feature counts disagree");
      }
    } catch (Exception e) {
      throw new ModelException(file + ": the forecaster's metadata is incomplete ("
          + String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " ")
          + "); retrain with `citysim train forecaster`", e);
    }
    SequenceNet net = ModelFile.readNet(file);
    Standardization norm = new Standardization(meta.mean(), meta.std());
    TimeOfDayProfile profile = new TimeOfDayProfile(meta.profile());
    int[] hs = new int[meta.horizons().length];
    for (int k = 0; k < hs.length; k++) {
      hs[k] = (int) Math.round(meta.horizons()[k] / meta.interval());
    }
    WindowEncoder encoder = new WindowEncoder(meta.config().layout(), meta.historySlots(), hs,
        norm, profile, meta.downstream(), meta.interval(), meta.dayStart());
    if (net.inputs() != encoder.channels() || net.outputs() != encoder.outputs()) {
      throw new ModelException(file + ": the network takes " + net.inputs() + " inputs and "
          + "gives " + net.outputs() + " outputs, the metadata implies " + encoder.channels()
          + " and " + encoder.outputs() + "; retrain with `citysim train forecaster`");
    }
    ForecastModel model = new ForecastModel(encoder, net, hs, meta.sensors().size(),
        meta.features().size());
    return new TrainedForecaster(model, meta, List.of());
  }
}
