package org.citysim.models.nn;

import java.util.ArrayList;
import java.util.List;
import org.citysim.models.EpochReport;
import org.citysim.models.TrainingProgress;

/**
 * Runs training epochs until the validation criterion has not improved for {@code patience}
 * epochs (or {@code maxEpochs} are done), then restores the weights of the best epoch. Without
 * validation data it runs all epochs and keeps the last weights.
 */
public final class EarlyStopping {
  private EarlyStopping() {}

  /** One pass over the training data; returns the mean training loss. */
  @FunctionalInterface
  public interface Epoch {
    double run(int epoch);
  }

  /**
   * The validation result of the current weights.
   *
   * @param loss      the training loss on validation data
   * @param score     a readable score for progress bars
   * @param criterion what is minimised to choose the epoch
   */
  public record Validation(double loss, double score, double criterion) {}

  /** Validates the current weights. */
  @FunctionalInterface
  public interface Validator {
    Validation validate();
  }

  /**
   * What training did.
   *
   * @param epochsRun  epochs run
   * @param bestEpoch  the epoch whose weights were kept, from 1
   * @param history    one report per epoch
   */
  public record Result(int epochsRun, int bestEpoch, List<EpochReport> history) {
    public Result {
      history = List.copyOf(history);
    }

    /** The kept epoch's report. */
    public EpochReport best() {
      return history.get(bestEpoch - 1);
    }
  }

  /**
   * Trains {@code net}.
   *
   * @param validator null when there is no validation data
   * @param scoreName what {@link Validation#score()} is, for the reports
   */
  public static Result run(SequenceNet net, int maxEpochs, int patience, Epoch epoch,
      Validator validator, String scoreName, TrainingProgress progress) {
    float[] bestParams = null;
    double bestCriterion = Double.POSITIVE_INFINITY;
    int bestEpoch = 0;
    List<EpochReport> history = new ArrayList<>();
    int e = 1;
    for (; e <= maxEpochs; e++) {
      long t0 = System.nanoTime();
      double trainLoss = epoch.run(e);
      Validation v = validator == null ? new Validation(Double.NaN, Double.NaN, Double.NaN)
          : validator.validate();
      boolean best = validator == null || v.criterion() < bestCriterion;
      if (best) {
        bestCriterion = v.criterion();
        bestEpoch = e;
        if (validator != null) {
          bestParams = net.parameters();
        }
      }
      EpochReport r = new EpochReport(e, maxEpochs, trainLoss, v.loss(), v.score(), scoreName,
          best, (System.nanoTime() - t0) / 1e9);
      history.add(r);
      progress.epoch(r);
      if (e - bestEpoch >= patience) {
        break;
      }
    }
    int run = Math.min(e, maxEpochs);
    if (bestEpoch == 0) {
      bestEpoch = run; // validation never gave a finite criterion: keep the last weights
    }
    if (bestParams != null && bestEpoch != run) {
      net.setParameters(bestParams);
    }
    return new Result(run, bestEpoch, history);
  }
}
