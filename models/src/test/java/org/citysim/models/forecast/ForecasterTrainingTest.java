package org.citysim.models.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import org.citysim.models.EpochReport;
import org.citysim.models.data.WindowEncoder;
import org.citysim.models.data.WindowSet;
import org.citysim.models.eval.EvaluationTable;
import org.citysim.models.testing.SyntheticData;
import org.citysim.sim.forecast.Forecaster;
import org.citysim.sim.forecast.ModelProvider;
import org.citysim.sim.forecast.SensorDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Trains one forecaster on synthetic days with day-level demand variation and checks it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForecasterTrainingTest {
  private SensorDataset ds;
  private TrainedForecaster trained;
  private final List<EpochReport> reports = new ArrayList<>();

  @BeforeAll
  void train() {
    // 8 sensors x 14 days (10 train, 2 validation, 2 test); every second window keeps it quick.
    ds = SyntheticData.forecasting(8, 14, 3).build();
    ForecasterConfig c = ForecasterConfig.defaults().withEpochRows(11_000).withEpochs(5, 2);
    trained = ForecasterTraining.train(ds, c, reports::add);
  }

  @Test
  void lstm_beatsTheBestBaseline_by10PercentAt15And30Minutes_onFlow() {
    EvaluationTable t = trained.evaluation();
    for (double h : new double[] {900, 1800}) {
      double gain = t.maeGainOverBestOther(EvaluationTable.LSTM, "FLOW", h);
      assertTrue(gain >= 0.10, "MAE gain over the best baseline at " + h + " s was " + gain
          + "\n" + t.toMarkdown());
    }
  }

  @Test
  void evaluation_hasEveryMethodFeatureAndHorizon_onTheTestDays() {
    EvaluationTable t = trained.evaluation();
    assertEquals(List.of("LSTM", "historical average", "persistence", "seasonal naive"),
        t.methods());
    assertEquals(4 * 3 * 3, t.rows().size());
    assertEquals(Arrays.stream(ds.daysOf(SensorDataset.Split.TEST)).boxed().toList(), t.days());
    for (EvaluationTable.Row r : t.rows()) {
      assertTrue(r.n() > 0 && Double.isFinite(r.mae()), r.toString());
    }
  }

  @Test
  void progress_isReportedOncePerEpoch_andTheBestEpochIsKept() {
    int run = trained.metadata().training().epochsRun();
    assertEquals(run, reports.size());
    for (int e = 0; e < run; e++) {
      EpochReport r = reports.get(e);
      assertEquals(e + 1, r.epoch());
      assertEquals(5, r.epochs());
      assertTrue(r.trainLoss() > 0 && Double.isFinite(r.validationLoss()), r.toString());
    }
    int best = trained.metadata().training().bestEpoch();
    double bestLoss = reports.get(best - 1).validationLoss();
    assertTrue(reports.stream().allMatch(r -> r.validationLoss() >= bestLoss));
  }

  @Test
  void metadata_describesTheInputs() {
    ForecasterMetadata m = trained.metadata();
    assertEquals("forecaster", m.kind());
    assertArrayEquals(new double[] {300, 900, 1800}, m.horizons());
    assertEquals(12, m.historySlots());
    assertEquals(300, m.interval());
    assertEquals(ds.fingerprint(), m.fingerprint());
    assertEquals(List.of("FLOW", "SPEED", "OCCUPANCY"), m.features());
    assertEquals("loop:l0", m.sensors().get(0));
    assertEquals(10, m.training().trainDays().size());
  }

  @Test
  void forecaster_agreesWithTheBatchedEvaluationPath() {
    Forecaster f = trained.forecaster();
    int day = ds.daysOf(SensorDataset.Split.TEST)[0];
    int last = 100;
    float[][][] history = Arrays.copyOfRange(ds.values()[day], last - 11, last + 1);
    float[][][] got = f.forecast(history, (last + 1) * 300.0);
    ForecastModel model = trained.model();
    float[][][][] res = new float[ds.days().size()][][][];
    res[day] = model.encoder.residuals(ds.values()[day], 0);
    float[][][] batched = model.predict(new WindowSet(new int[] {day}, new int[] {last}), res)[0];
    for (int h = 0; h < 3; h++) {
      for (int i = 0; i < 8; i++) {
        assertArrayEquals(batched[h][i], got[h][i], 1e-3f);
      }
    }
    assertEquals(3, got.length);
    assertEquals(8, got[0].length);
    assertEquals(3, got[0][0].length);
  }

  @Test
  void saveAndLoadThroughTheProvider_giveIdenticalForecasts(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("f.zip");
    trained.save(file);
    ModelProvider provider = ServiceLoader.load(ModelProvider.class).findFirst().orElseThrow();
    Forecaster loaded = provider.forecaster(file, ds.fingerprint());
    int day = ds.daysOf(SensorDataset.Split.TEST)[1];
    float[][][] history = Arrays.copyOfRange(ds.values()[day], 200, 212);
    float[][][] a = trained.forecaster().forecast(history, 212 * 300.0);
    float[][][] b = loaded.forecast(history, 212 * 300.0);
    for (int h = 0; h < a.length; h++) {
      for (int i = 0; i < a[h].length; i++) {
        assertArrayEquals(a[h][i], b[h][i]);
      }
    }
    assertEquals(trained.forecaster().sensors(), loaded.sensors());
    assertArrayEquals(new double[] {300, 900, 1800}, loaded.horizons());
    assertEquals(12, loaded.historySlots());
    assertEquals(trained.evaluation(), ForecasterFiles.load(file, null).evaluation());
  }

  @Test
  void forecast_withTheWrongHistoryLength_isRefused() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> trained.forecaster().forecast(new float[3][8][3], 3600));
    assertTrue(e.getMessage().contains("needs 12"), e.getMessage());
  }

  @Test
  void sameSeed_givesIdenticalWeights_jointLayoutToo() {
    SensorDataset small = SyntheticData.forecasting(4, 5, 9).build();
    ForecasterConfig c = ForecasterConfig.defaults().withLayout(WindowEncoder.Layout.JOINT)
        .withEpochs(2, 2).withEpochRows(2_000);
    float[] a = ForecasterTraining.train(small, c, r -> { }).parameters();
    float[] b = ForecasterTraining.train(small, c, r -> { }).parameters();
    float[] other = ForecasterTraining.train(small, c.withSeed(2), r -> { }).parameters();
    assertArrayEquals(a, b);
    assertFalse(Arrays.equals(a, other), "another seed gave the same weights");
  }

  @Test
  void horizonsThatAreNotWholeSlots_areRefusedWithAHint() {
    ForecasterConfig c = ForecasterConfig.defaults().withHorizons(3600, 300, 400);
    var e = assertThrows(IllegalArgumentException.class,
        () -> ForecasterTraining.train(ds, c, r -> { }));
    assertTrue(e.getMessage().contains("multiple of 300"), e.getMessage());
  }
}
