package org.citysim.models.bench;

import java.util.Locale;
import org.citysim.models.data.WindowEncoder;
import org.citysim.models.eval.EvaluationTable;
import org.citysim.models.forecast.ForecasterConfig;
import org.citysim.models.forecast.ForecasterTraining;
import org.citysim.models.forecast.TrainedForecaster;
import org.citysim.models.testing.SyntheticData;
import org.citysim.sim.forecast.SensorDataset;

/**
 * Trains a forecaster on a synthetic data set and prints the wall time, the epochs and the
 * evaluation table. Usage (see src/build/bench-train.sh): {@code [sensors] [days] [key=value
 * ...]} with keys layout (PER_SENSOR|JOINT), hidden, batch, epochs, patience, rows (per epoch,
 * 0 = all), lr, loss (MAE|MSE), seed.
 * The last line is machine-readable: {@code RESULT key=value ...}.
 */
public final class TrainForecasterBench {
  private TrainForecasterBench() {}

  public static void main(String[] args) {
    int sensors = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 28;
    ForecasterConfig c = ForecasterConfig.defaults();
    for (int k = 2; k < args.length; k++) {
      String[] kv = args[k].split("=", 2);
      String v = kv[1];
      c = switch (kv[0]) {
        case "layout" -> c.withLayout(WindowEncoder.Layout.valueOf(v));
        case "hidden" -> c.withHidden(Integer.parseInt(v));
        case "batch" -> c.withBatchSize(Integer.parseInt(v));
        case "epochs" -> c.withEpochs(Integer.parseInt(v), c.patience());
        case "patience" -> c.withEpochs(c.maxEpochs(), Integer.parseInt(v));
        case "rows" -> c.withEpochRows(Integer.parseInt(v));
        case "lr" -> c.withLearningRate(Double.parseDouble(v));
        case "loss" -> c.withLoss(ForecasterConfig.Loss.valueOf(v));
        case "seed" -> c.withSeed(Long.parseLong(v));
        default -> throw new IllegalArgumentException("unknown key " + kv[0]);
      };
    }
    long t0 = System.nanoTime();
    SensorDataset ds = SyntheticData.forecasting(sensors, days, 7).build();
    double genS = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    TrainedForecaster tf = ForecasterTraining.train(ds, c, r -> System.out.printf(Locale.ROOT,
        "epoch %2d/%d  train %.4f  val %.4f  %s %.2f%s  %.1f s%n", r.epoch(), r.epochs(),
        r.trainLoss(), r.validationLoss(), r.scoreName(), r.validationScore(),
        r.best() ? " *" : "", r.seconds()));
    double trainS = (System.nanoTime() - t1) / 1e9;
    // Run-time cost: one forecast for all sensors (one network call), after a warm-up.
    var forecaster = tf.forecaster();
    int testDay = ds.daysOf(SensorDataset.Split.TEST)[0];
    float[][][] history = java.util.Arrays.copyOfRange(ds.values()[testDay], 88, 100);
    for (int k = 0; k < 50; k++) {
      forecaster.forecast(history, 100 * ds.interval());
    }
    long t2 = System.nanoTime();
    int calls = 200;
    for (int k = 0; k < calls; k++) {
      forecaster.forecast(history, 100 * ds.interval());
    }
    double forecastMs = (System.nanoTime() - t2) / 1e6 / calls;
    EvaluationTable t = tf.evaluation();
    System.out.println(t.toMarkdown());
    System.out.printf(Locale.ROOT, "config %s%n", c);
    System.out.printf(Locale.ROOT,
        "RESULT sensors=%d days=%d slots=%d omp=%s layout=%s hidden=%d batch=%d epoch_rows=%d "
            + "loss=%s rows=%d epochs=%d best=%d generate_s=%.1f train_s=%.1f forecast_ms=%.2f "
            + "gain_flow_15=%.3f gain_flow_30=%.3f gain_speed_30=%.3f gain_occ_30=%.3f%n",
        sensors, days, ds.slots(), System.getenv().getOrDefault("OMP_NUM_THREADS", "unset"),
        c.layout(), c.hidden(), c.batchSize(), c.epochRows(), c.loss(),
        tf.metadata().training().trainRows(), tf.metadata().training().epochsRun(),
        tf.metadata().training().bestEpoch(), genS, trainS, forecastMs,
        t.maeGainOverBestOther(EvaluationTable.LSTM, "FLOW", 900),
        t.maeGainOverBestOther(EvaluationTable.LSTM, "FLOW", 1800),
        t.maeGainOverBestOther(EvaluationTable.LSTM, "SPEED", 1800),
        t.maeGainOverBestOther(EvaluationTable.LSTM, "OCCUPANCY", 1800));
  }
}
