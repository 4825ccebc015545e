package org.citysim.models.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.citysim.models.testing.SyntheticData;
import org.citysim.sim.forecast.Evaluation;
import org.citysim.sim.forecast.ModelException;
import org.citysim.sim.forecast.ModelServices;
import org.citysim.sim.forecast.ModelTrainer;
import org.citysim.sim.forecast.SensorDataset;
import org.citysim.sim.forecast.TrainingOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's way in: ModelTrainer found by ServiceLoader, training and evaluating. */
class ModelTrainerTest {
  @TempDir
  Path dir;

  private final ModelTrainer trainer =
      ServiceLoader.load(ModelTrainer.class).findFirst().orElseThrow();

  @Test
  void modelServices_findTheTrainerAndProviderOnTheClassPath() throws ModelException {
    assertEquals(trainer.getClass(), ModelServices.trainer().getClass());
    assertTrue(ModelServices.provider() != null);
  }

  @Test
  void trainForecaster_writesTheModel_andEvaluatingTheFileGivesTheSameFigures()
      throws Exception {
    SensorDataset ds = SyntheticData.forecasting(4, 7, 2).build();
    Path out = dir.resolve("f.zip");
    List<int[]> epochs = new ArrayList<>();
    Evaluation e = trainer.trainForecaster(ds, new TrainingOptions(1, 2, 0),
        (epoch, of, train, val) -> epochs.add(new int[] {epoch, of}), out);
    assertTrue(Files.isRegularFile(out));
    assertEquals("forecaster", e.kind());
    assertEquals(3, e.tables().size()); // flow, speed, occupancy
    assertEquals(4 * 3, e.tables().get(0).rows().size()); // 4 methods x 3 horizons
    assertTrue(e.tables().get(0).markdown().contains("| LSTM | 15 min |"));
    assertTrue(e.seconds() > 0);
    assertTrue(epochs.size() >= 1 && epochs.size() <= 2);
    assertEquals(2, epochs.get(0)[1]);
    assertTrue(e.notes().stream().anyMatch(n -> n.startsWith("Goal (LSTM flow MAE")),
        e.notes().toString());
    double mae = e.headlines().get("flow.mae.15min.lstm");
    assertTrue(mae > 0, "MAE " + mae);
    assertTrue(e.headlines().containsKey("flow.mae.30min.historical-average"));
    assertTrue(e.headlines().containsKey("occupancy.gain.30min"));

    Evaluation again = trainer.evaluate(out, ds);
    assertEquals(0, again.seconds());
    assertEquals(e.headlines(), again.headlines());
  }

  @Test
  void trainClassifier_reportsBothMethods_andEvaluatingTheFileAgrees() throws Exception {
    SensorDataset ds = SyntheticData.incidents(6, 7, 4).build();
    Path out = dir.resolve("c.zip");
    Evaluation e = trainer.trainClassifier(ds, new TrainingOptions(1, 2, 64),
        (epoch, of, train, val) -> { }, out);
    assertEquals("classifier", e.kind());
    assertEquals(2, e.tables().get(0).rows().size());
    assertTrue(e.headlines().containsKey("auc.classifier"));
    assertTrue(e.headlines().containsKey("f1.rule"));
    assertTrue(e.notes().stream().anyMatch(n -> n.contains("not a ranking score")));
    assertEquals(e.headlines(), trainer.evaluate(out, ds).headlines());
  }

  @Test
  void evaluatingOnAnotherScenario_isRefusedWithTheFingerprints() throws Exception {
    SensorDataset ds = SyntheticData.forecasting(3, 4, 1).build();
    Path out = dir.resolve("small.zip");
    trainer.trainForecaster(ds, new TrainingOptions(1, 1, 0), (a, b, c, d) -> { }, out);
    SensorDataset other = SyntheticData.forecasting(5, 4, 1).build();
    ModelException e = assertThrows(ModelException.class, () -> trainer.evaluate(out, other));
    assertTrue(e.getMessage().contains("trained on scenario 'synthetic-3x4'"), e.getMessage());
  }
}
