package org.citysim.models.forecast;

import java.util.List;
import org.citysim.models.TrainingSummary;
import org.citysim.models.eval.EvaluationTable;

/**
 * The metadata entry of a forecaster's model file (JSON): everything needed to rebuild the
 * inputs the network was trained on and to refuse a file made for another scenario.
 *
 * @param kind          always {@value #KIND}
 * @param formatVersion the model file format
 * @param scenario      scenario name of the data set
 * @param fingerprint   its {@link org.citysim.sim.forecast.ScenarioFingerprint}
 * @param datasetSeed   seed the data set was simulated with
 * @param seed          training seed
 * @param sensors       sensor ids, in column order
 * @param downstream    per sensor, the indices of its downstream neighbours
 * @param features      feature names per sensor, in order
 * @param interval      slot length [s]
 * @param dayStart      time of day of the start of slot 0 [s after midnight]
 * @param slotsPerDay   slots per day of the data set
 * @param historySlots  slots of history per forecast
 * @param horizons      forecast horizons [s after the end of the last history slot]
 * @param config        the training configuration
 * @param mean          standardisation means {@code [sensor][feature]} (training days)
 * @param std           standardisation deviations {@code [sensor][feature]}
 * @param profile       time-of-day profile {@code [slot][sensor][feature]} (training days)
 * @param training      days and epochs
 * @param evaluation    errors against the baselines on the test days
 */
public record ForecasterMetadata(String kind, int formatVersion, String scenario,
    String fingerprint, long datasetSeed, long seed, List<String> sensors,
    List<List<Integer>> downstream, List<String> features, double interval, double dayStart,
    int slotsPerDay, int historySlots, double[] horizons, ForecasterConfig config,
    double[][] mean, double[][] std, float[][][] profile, TrainingSummary training,
    EvaluationTable evaluation) {

  /** The kind of model file. */
  public static final String KIND = "forecaster";
}
