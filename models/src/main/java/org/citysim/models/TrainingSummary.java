package org.citysim.models;

import java.util.List;

/**
 * How a model was trained, for its file and reports.
 *
 * @param trainDays      day indices fitted on
 * @param validationDays day indices the epoch was chosen on
 * @param testDays       day indices evaluated on
 * @param epochsRun      epochs run
 * @param bestEpoch      the epoch whose weights were kept, from 1
 * @param trainLoss      training loss of that epoch
 * @param validationLoss validation loss of that epoch (NaN without validation days)
 * @param trainRows      network rows per epoch
 */
public record TrainingSummary(List<Integer> trainDays, List<Integer> validationDays,
    List<Integer> testDays, int epochsRun, int bestEpoch, double trainLoss,
    double validationLoss, long trainRows) {
  public TrainingSummary {
    trainDays = List.copyOf(trainDays);
    validationDays = List.copyOf(validationDays);
    testDays = List.copyOf(testDays);
  }
}
