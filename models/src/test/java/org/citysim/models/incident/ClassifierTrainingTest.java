package org.citysim.models.incident;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.ServiceLoader;
import org.citysim.models.eval.ClassificationTable;
import org.citysim.models.testing.SyntheticData;
import org.citysim.sim.forecast.IncidentClassifier;
import org.citysim.sim.forecast.ModelException;
import org.citysim.sim.forecast.ModelProvider;
import org.citysim.sim.forecast.SensorDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Trains one classifier on synthetic days with blocked episodes and checks it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassifierTrainingTest {
  private SensorDataset ds;
  private TrainedClassifier trained;

  @BeforeAll
  void train() {
    // 10 sensors x 10 days (8 train, 1 validation, 1 test), about one episode per sensor-day.
    ds = SyntheticData.incidents(10, 10, 5).build();
    trained = ClassifierTraining.train(ds, ClassifierConfig.defaults().withEpochs(6, 2),
        r -> { });
  }

  @Test
  void classifier_beatsChance_onTheTestDays() {
    ClassificationTable.Row r = trained.evaluation().row(ClassifierTraining.METHOD)
        .orElseThrow();
    double baseRate = (double) r.positives() / r.n();
    assertTrue(r.auc() > 0.9, "AUC " + r.auc());
    assertTrue(r.precision() > 5 * baseRate, "precision " + r.precision() + " vs base rate "
        + baseRate);
    assertTrue(r.recall() > 0.5, "recall " + r.recall());
    assertTrue(r.detectedShare() > 0.7, "detected " + r.detectedShare());
    assertTrue(r.falseAlarmRate() < 0.05, "false alarms " + r.falseAlarmRate());
    assertTrue(r.meanTimeToDetect() >= 0, "time to detect " + r.meanTimeToDetect());
  }

  @Test
  void table_comparesWithTheCaliforniaRule_whoseAucIsNotApplicable() {
    ClassificationTable t = trained.evaluation();
    ClassificationTable.Row rule = t.row(ClassifierTraining.RULE).orElseThrow();
    assertTrue(Double.isNaN(rule.auc()));
    assertTrue(rule.aucNote().contains("not a ranking score"));
    assertTrue(rule.setting().startsWith("OCCDF >= "), rule.setting());
    ClassificationTable.Row net = t.row(ClassifierTraining.METHOD).orElseThrow();
    assertEquals(net.n(), rule.n(), "both judged on the same slots");
    assertEquals(net.episodes(), rule.episodes());
    assertTrue(t.toMarkdown().contains("| California rule |"));
  }

  @Test
  void threshold_isAProbability_andTheMetadataDescribesTheWindow() {
    ClassifierMetadata m = trained.metadata();
    assertTrue(m.threshold() > 0 && m.threshold() < 1, "threshold " + m.threshold());
    assertEquals(6, m.windowSlots());
    assertEquals("classifier", m.kind());
    assertEquals(ds.fingerprint(), m.fingerprint());
  }

  @Test
  void saveAndLoad_giveIdenticalProbabilities(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("c.zip");
    trained.save(file);
    ModelProvider provider = ServiceLoader.load(ModelProvider.class).findFirst().orElseThrow();
    IncidentClassifier loaded = provider.classifier(file, ds.fingerprint());
    int day = ds.daysOf(SensorDataset.Split.TEST)[0];
    float[][][] window = Arrays.copyOfRange(ds.values()[day], 150, 156);
    double[] a = trained.classifier().blockingProbability(window, 156 * 300.0);
    double[] b = loaded.blockingProbability(window, 156 * 300.0);
    assertArrayEquals(a, b);
    assertEquals(10, b.length);
    assertEquals(trained.metadata().threshold(), loaded.threshold());
    assertEquals(trained.metadata().rule(), ClassifierFiles.load(file, null).metadata().rule());
    ModelException e = assertThrows(ModelException.class,
        () -> provider.forecaster(file, ds.fingerprint()));
    assertTrue(e.getMessage().contains("holds a classifier, not a forecaster"), e.getMessage());
  }

  @Test
  void daysWithoutIncidents_areRefusedWithAHint() {
    SensorDataset calm = new SyntheticData(4, 4, 288, 300, 0.1, 0, 0, 1, 1, 2).build();
    var e = assertThrows(IllegalArgumentException.class,
        () -> ClassifierTraining.train(calm, ClassifierConfig.defaults(), r -> { }));
    assertTrue(e.getMessage().contains("simulate days with incidents"), e.getMessage());
  }

  @Test
  void bestF1Threshold_splitsSeparableScores() {
    float[] p = {0.1f, 0.2f, 0.35f, 0.6f, 0.9f};
    boolean[] y = {false, false, false, true, true};
    assertEquals(0.6f, ClassifierTraining.bestF1Threshold(p, y), 1e-9);
  }
}
