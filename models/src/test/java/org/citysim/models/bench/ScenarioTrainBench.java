package org.citysim.models.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.citysim.models.forecast.ForecasterConfig;
import org.citysim.models.forecast.ForecasterTraining;
import org.citysim.models.forecast.TrainedForecaster;
import org.citysim.models.incident.ClassifierConfig;
import org.citysim.models.incident.ClassifierTraining;
import org.citysim.models.incident.TrainedClassifier;
import org.citysim.sim.dataset.BuildProgress;
import org.citysim.sim.dataset.DatasetBuilder;
import org.citysim.sim.dataset.DatasetOptions;
import org.citysim.sim.forecast.SensorDataset;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioLoader;

/**
 * Simulates the days of a scenario into a data set (sim's DatasetBuilder, as {@code citysim
 * train} does) and trains the forecaster and the classifier on it with the defaults, printing
 * the tables and {@code RESULT} lines. Usage: {@code scenario days seed}, e.g. {@code
 * scenarios/forecast-town.yaml 42 1} (src/build/bench-train.sh --scenario ...).
 */
public final class ScenarioTrainBench {
  private ScenarioTrainBench() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "scenarios/forecast-town.yaml");
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 42;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    // Further arguments tune the forecaster: hidden=N rows=N (per epoch) batch=N lr=X, and
    // only=forecaster skips the classifier.
    ForecasterConfig config = ForecasterConfig.defaults().withSeed(seed);
    boolean classifier = true;
    for (int i = 3; i < args.length; i++) {
      String[] kv = args[i].split("=", 2);
      switch (kv[0]) {
        case "hidden" -> config = config.withHidden(Integer.parseInt(kv[1]));
        case "rows" -> config = config.withEpochRows(Integer.parseInt(kv[1]));
        case "batch" -> config = config.withBatchSize(Integer.parseInt(kv[1]));
        case "lr" -> config = config.withLearningRate(Double.parseDouble(kv[1]));
        case "only" -> classifier = !"forecaster".equals(kv[1]);
        default -> throw new IllegalArgumentException("unknown setting " + args[i]);
      }
    }
    System.out.println("config " + config);
    Scenario s = new ScenarioLoader().load(file, List.of());
    long t0 = System.nanoTime();
    SensorDataset ds = new DatasetBuilder().build(s, days, seed, DatasetOptions.defaults(),
        BuildProgress.NONE);
    double simulated = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "data set: %s, %d days (%d/%d/%d), %d sensors, %d slots of "
        + "%.0f s from %.0f s, simulated in %.1f s%n", ds.scenario(), ds.days().size(),
        ds.daysOf(SensorDataset.Split.TRAIN).length,
        ds.daysOf(SensorDataset.Split.VALIDATION).length,
        ds.daysOf(SensorDataset.Split.TEST).length, ds.sensors().size(), ds.slots(),
        ds.interval(), ds.dayStart(), simulated);

    long t1 = System.nanoTime();
    TrainedForecaster f = ForecasterTraining.train(ds, config,
        r -> System.out.printf(Locale.ROOT, "forecaster epoch %2d/%d train %.4f val %.4f %s "
            + "%.3f%s %.1f s%n", r.epoch(), r.epochs(), r.trainLoss(), r.validationLoss(),
            r.scoreName(), r.validationScore(), r.best() ? " *" : "", r.seconds()));
    double fs = (System.nanoTime() - t1) / 1e9;
    var t = f.evaluation();
    System.out.println(t.toMarkdown());
    System.out.printf(Locale.ROOT, "RESULT forecaster scenario=%s days=%d sensors=%d train_s=%.1f"
        + " epochs=%d best=%d gain_flow_15=%.3f gain_flow_30=%.3f gain_speed_15=%.3f "
        + "gain_speed_30=%.3f gain_occ_15=%.3f gain_occ_30=%.3f%n", ds.scenario(), days,
        ds.sensors().size(), fs, f.metadata().training().epochsRun(),
        f.metadata().training().bestEpoch(), t.maeGainOverBestOther("LSTM", "FLOW", 900),
        t.maeGainOverBestOther("LSTM", "FLOW", 1800),
        t.maeGainOverBestOther("LSTM", "SPEED", 900),
        t.maeGainOverBestOther("LSTM", "SPEED", 1800),
        t.maeGainOverBestOther("LSTM", "OCCUPANCY", 900),
        t.maeGainOverBestOther("LSTM", "OCCUPANCY", 1800));

    if (!classifier) {
      return;
    }
    long t2 = System.nanoTime();
    TrainedClassifier c = ClassifierTraining.train(ds, ClassifierConfig.defaults(),
        r -> System.out.printf(Locale.ROOT, "classifier epoch %2d/%d train %.4f val %.4f %s "
            + "%.4f%s %.1f s%n", r.epoch(), r.epochs(), r.trainLoss(), r.validationLoss(),
            r.scoreName(), r.validationScore(), r.best() ? " *" : "", r.seconds()));
    double cs = (System.nanoTime() - t2) / 1e9;
    System.out.println(c.evaluation().toMarkdown());
    System.out.printf(Locale.ROOT, "RESULT classifier scenario=%s days=%d train_s=%.1f "
        + "epochs=%d best=%d threshold=%.3f%n", ds.scenario(), days, cs,
        c.metadata().training().epochsRun(), c.metadata().training().bestEpoch(),
        c.metadata().threshold());
  }
}
