package org.citysim.models.incident;

import java.util.List;
import org.citysim.models.TrainingSummary;
import org.citysim.models.baseline.CaliforniaRule;
import org.citysim.models.eval.ClassificationTable;

/**
 * The metadata entry of a classifier's model file (JSON).
 *
 * @param kind           always {@value #KIND}
 * @param formatVersion  the model file format
 * @param scenario       scenario name of the data set
 * @param fingerprint    its {@link org.citysim.sim.forecast.ScenarioFingerprint}
 * @param datasetSeed    seed the data set was simulated with
 * @param seed           training seed
 * @param sensors        sensor ids, in column order
 * @param downstream     per sensor, the indices of its downstream neighbours
 * @param features       feature names per sensor, in order
 * @param interval       slot length [s]
 * @param dayStart       time of day of the start of slot 0 [s after midnight]
 * @param slotsPerDay    slots per day of the data set
 * @param windowSlots    slots per window
 * @param config         the training configuration
 * @param mean           standardisation means {@code [sensor][feature]} (training days)
 * @param std            standardisation deviations {@code [sensor][feature]}
 * @param profile        time-of-day profile {@code [slot][sensor][feature]} (training days)
 * @param threshold      probability from which a slot counts as blocked (best F1 on the
 *                       validation days)
 * @param rule           the California rule calibrated on the same training days, for the
 *                       record
 * @param training       days and epochs
 * @param classification the classifier and the rule on the test days
 */
public record ClassifierMetadata(String kind, int formatVersion, String scenario,
    String fingerprint, long datasetSeed, long seed, List<String> sensors,
    List<List<Integer>> downstream, List<String> features, double interval, double dayStart,
    int slotsPerDay, int windowSlots, ClassifierConfig config, double[][] mean, double[][] std,
    float[][][] profile, double threshold, CaliforniaRule rule, TrainingSummary training,
    ClassificationTable classification) {

  /** The kind of model file. */
  public static final String KIND = "classifier";
}
