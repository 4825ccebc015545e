package org.citysim.models;

/**
 * What one training epoch achieved, for a progress bar.
 *
 * @param epoch           this epoch, from 1
 * @param epochs          the most epochs training will run (it may stop earlier)
 * @param trainLoss       mean loss over the epoch's batches (MSE on the standardised scale for
 *                        forecasters, binary cross-entropy for classifiers)
 * @param validationLoss  the same loss on the validation days; NaN without validation days
 * @param validationScore a readable score on the validation days: forecasters the MAE of
 *                        their first feature over all horizons [feature unit], classifiers the
 *                        ROC AUC [0..1]; NaN without validation days
 * @param scoreName       what {@code validationScore} is, e.g. "MAE FLOW [veh/h]"
 * @param best            whether this epoch is the best so far (its weights are kept)
 * @param seconds         wall time of the epoch, validation included [s]
 */
public record EpochReport(int epoch, int epochs, double trainLoss, double validationLoss,
    double validationScore, String scoreName, boolean best, double seconds) {}
