package org.citysim.models.bench;

import java.util.Locale;
import org.citysim.models.incident.ClassifierConfig;
import org.citysim.models.incident.ClassifierTraining;
import org.citysim.models.incident.TrainedClassifier;
import org.citysim.models.testing.SyntheticData;
import org.citysim.sim.forecast.SensorDataset;

/**
 * Trains an incident classifier on a synthetic data set with about one blocked episode per
 * sensor-day and prints the wall time and the table against the California rule. Usage:
 * {@code [sensors] [days] [epochs]}.
 */
public final class TrainClassifierBench {
  private TrainClassifierBench() {}

  public static void main(String[] args) {
    int sensors = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 28;
    ClassifierConfig c = ClassifierConfig.defaults();
    if (args.length > 2) {
      c = c.withEpochs(Integer.parseInt(args[2]), c.patience());
    }
    SensorDataset ds = SyntheticData.incidents(sensors, days, 11).build();
    long t0 = System.nanoTime();
    TrainedClassifier tc = ClassifierTraining.train(ds, c, r -> System.out.printf(Locale.ROOT,
        "epoch %2d/%d  train %.4f  val %.4f  %s %.4f%s  %.1f s%n", r.epoch(), r.epochs(),
        r.trainLoss(), r.validationLoss(), r.scoreName(), r.validationScore(),
        r.best() ? " *" : "", r.seconds()));
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.println(tc.evaluation().toMarkdown());
    System.out.printf(Locale.ROOT, "RESULT sensors=%d days=%d omp=%s rows_per_epoch=%d "
            + "epochs=%d best=%d threshold=%.3f train_s=%.1f%n", sensors, days,
        System.getenv().getOrDefault("OMP_NUM_THREADS", "unset"),
        tc.metadata().training().trainRows(), tc.metadata().training().epochsRun(),
        tc.metadata().training().bestEpoch(), tc.metadata().threshold(), s);
  }
}
