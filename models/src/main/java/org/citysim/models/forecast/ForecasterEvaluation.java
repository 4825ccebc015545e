package org.citysim.models.forecast;

import java.util.Arrays;
import org.citysim.models.data.TimeOfDayProfile;
import org.citysim.models.data.WindowSet;
import org.citysim.models.eval.EvaluationTable;
import org.citysim.sim.forecast.SensorDataset;

/**
 * Scores a trained or loaded forecaster on the TEST days of a data set, against the same
 * baselines as in training. The historical average is the model's own profile (the training
 * days' mean), so a model is compared with the baseline that saw the same days.
 */
public final class ForecasterEvaluation {
  private ForecasterEvaluation() {}

  /**
   * The evaluation table on {@code ds}'s TEST days.
   *
   * @throws IllegalArgumentException when the data set has no TEST days, or other sensors,
   *                                  features, slot length or day start than the model
   */
  public static EvaluationTable evaluate(TrainedForecaster forecaster, SensorDataset ds) {
    ForecasterMetadata m = forecaster.metadata();
    checkCompatible(ds, m.sensors(), m.features(), m.interval(), m.dayStart());
    ForecastModel model = forecaster.model();
    int[] test = ds.daysOf(SensorDataset.Split.TEST);
    if (test.length == 0) {
      throw new IllegalArgumentException("the data set '" + ds.scenario() + "' has no TEST "
          + "days to evaluate on");
    }
    int history = model.encoder.history();
    int[] hs = model.horizonSlots;
    float[][][][] res = new float[ds.days().size()][][][];
    for (int d : test) {
      res[d] = model.encoder.residuals(ds.values()[d], 0);
    }
    WindowSet windows = WindowSet.of(ds, test, history, hs[hs.length - 1]);
    return ForecasterTraining.evaluate(ds, model, windows, res,
        new TimeOfDayProfile(m.profile()), history, hs, m.interval());
  }

  /**
   * Checks that {@code ds} has the sensors, features and slots a model was trained on.
   *
   * @throws IllegalArgumentException naming what differs
   */
  public static void checkCompatible(SensorDataset ds, java.util.List<String> sensors,
      java.util.List<String> features, double interval, double dayStart) {
    var ids = ds.sensors().stream().map(SensorDataset.SensorInfo::id).toList();
    if (!ids.equals(sensors)) {
      throw new IllegalArgumentException("the data set has sensors " + abbreviate(ids)
          + ", the model " + abbreviate(sensors));
    }
    var names = ds.features().stream().map(Enum::name).toList();
    if (!names.equals(features)) {
      throw new IllegalArgumentException("the data set has features " + names + ", the model "
          + features);
    }
    if (ds.interval() != interval || ds.dayStart() != dayStart) {
      throw new IllegalArgumentException("the data set's slots are " + ds.interval() + " s from "
          + ds.dayStart() + " s, the model's " + interval + " s from " + dayStart + " s");
    }
  }

  private static String abbreviate(java.util.List<String> ids) {
    return ids.size() <= 4 ? ids.toString()
        : Arrays.toString(ids.subList(0, 3).toArray()).replace("]", ", ... (" + ids.size()
            + ")]");
  }
}
