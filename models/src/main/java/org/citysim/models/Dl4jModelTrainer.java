package org.citysim.models;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citysim.models.eval.EvaluationReports;
import org.citysim.models.forecast.ForecasterConfig;
import org.citysim.models.forecast.ForecasterEvaluation;
import org.citysim.models.forecast.ForecasterFiles;
import org.citysim.models.forecast.ForecasterMetadata;
import org.citysim.models.forecast.ForecasterTraining;
import org.citysim.models.forecast.TrainedForecaster;
import org.citysim.models.incident.ClassifierConfig;
import org.citysim.models.incident.ClassifierEvaluation;
import org.citysim.models.incident.ClassifierFiles;
import org.citysim.models.incident.ClassifierTraining;
import org.citysim.models.incident.TrainedClassifier;
import org.citysim.models.io.ModelFile;
import org.citysim.sim.forecast.Evaluation;
import org.citysim.sim.forecast.ModelException;
import org.citysim.sim.forecast.ModelTrainer;
import org.citysim.sim.forecast.SensorDataset;
import org.citysim.sim.forecast.TrainingListener;
import org.citysim.sim.forecast.TrainingOptions;

/**
 * The {@link ModelTrainer} of this module (registered for ServiceLoader), behind which the
 * command line trains and evaluates: the default {@link ForecasterConfig} and {@link
 * ClassifierConfig} with the options' seed, epochs and batch size, the model file written
 * atomically, and the tables as an {@link Evaluation}.
 */
public final class Dl4jModelTrainer implements ModelTrainer {
  /** Binds ND4J to this module's class loader (see {@link Nd4jLoading}). */
  public Dl4jModelTrainer() {
    Nd4jLoading.bind();
  }


  @Override
  public Evaluation trainForecaster(SensorDataset data, TrainingOptions options,
      TrainingListener listener, Path out) throws IOException {
    ForecasterConfig c = ForecasterConfig.defaults().withSeed(options.seed());
    if (options.epochs() > 0) {
      c = c.withEpochs(options.epochs(), c.patience());
    }
    if (options.batchSize() > 0) {
      c = c.withBatchSize(options.batchSize());
    }
    long t0 = System.nanoTime();
    TrainedForecaster f = ForecasterTraining.train(data, c, adapt(listener));
    double seconds = (System.nanoTime() - t0) / 1e9;
    f.save(out);
    TrainingSummary s = f.metadata().training();
    return EvaluationReports.forecaster(out.toString(), f.evaluation(), seconds,
        List.of(trainingNote(s, "validation loss (MSE of standardised residuals)")));
  }

  @Override
  public Evaluation trainClassifier(SensorDataset data, TrainingOptions options,
      TrainingListener listener, Path out) throws IOException {
    ClassifierConfig c = ClassifierConfig.defaults().withSeed(options.seed());
    if (options.epochs() > 0) {
      c = c.withEpochs(options.epochs(), c.patience());
    }
    if (options.batchSize() > 0) {
      c = c.withBatchSize(options.batchSize());
    }
    long t0 = System.nanoTime();
    TrainedClassifier tc = ClassifierTraining.train(data, c, adapt(listener));
    double seconds = (System.nanoTime() - t0) / 1e9;
    tc.save(out);
    List<String> notes = new ArrayList<>();
    notes.add(trainingNote(tc.metadata().training(), "validation loss (cross-entropy)"));
    notes.add(String.format(Locale.ROOT, "Alarm threshold p >= %.3f (best F1 on the validation"
        + " days); California rule calibrated on the training days: %s.",
        tc.metadata().threshold(), tc.metadata().rule().describe()));
    return EvaluationReports.classifier(out.toString(), tc.evaluation(), seconds, notes);
  }

  @Override
  public Evaluation evaluate(Path model, SensorDataset data) throws ModelException {
    String kind = ModelFile.readMetadata(model, null, data.fingerprint()).path("kind").asText();
    try {
      if (kind.equals(ForecasterMetadata.KIND)) {
        TrainedForecaster f = ForecasterFiles.load(model, data.fingerprint());
        return EvaluationReports.forecaster(model.toString(),
            ForecasterEvaluation.evaluate(f, data), 0, List.of(evaluatedNote(
                f.metadata().scenario(), f.metadata().training(), data)));
      }
      TrainedClassifier c = ClassifierFiles.load(model, data.fingerprint());
      return EvaluationReports.classifier(model.toString(),
          ClassifierEvaluation.evaluate(c, data), 0, List.of(evaluatedNote(
              c.metadata().scenario(), c.metadata().training(), data)));
    } catch (IllegalArgumentException e) {
      throw new ModelException(model + ": cannot be evaluated on this data set (" + e.getMessage()
          + "); evaluate on a data set of the scenario it was trained on", e);
    }
  }

  private static org.citysim.models.TrainingProgress adapt(TrainingListener l) {
    return r -> l.epoch(r.epoch(), r.epochs(), r.trainLoss(), r.validationLoss());
  }

  private static String trainingNote(TrainingSummary s, String loss) {
    return String.format(Locale.ROOT, "Trained on %d days, %d epochs of %d rows; kept epoch %d "
        + "(%s %.4f); validation on %d days, test on %d days.", s.trainDays().size(),
        s.epochsRun(), s.trainRows(), s.bestEpoch(), loss, s.validationLoss(),
        s.validationDays().size(), s.testDays().size());
  }

  private static String evaluatedNote(String scenario, TrainingSummary s, SensorDataset data) {
    return String.format(Locale.ROOT, "Model trained on %d days of '%s' (epoch %d kept); "
        + "evaluated on the %d test days of this data set ('%s', seed %d).",
        s.trainDays().size(), scenario, s.bestEpoch(),
        data.daysOf(SensorDataset.Split.TEST).length, data.scenario(), data.seed());
  }
}
