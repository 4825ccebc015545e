package org.citysim.models.incident;

import org.citysim.models.data.TimeOfDayProfile;
import org.citysim.models.eval.ClassificationTable;
import org.citysim.models.forecast.ForecasterEvaluation;
import org.citysim.sim.forecast.SensorDataset;

/**
 * Scores a trained or loaded classifier on the TEST days of a data set, with its stored
 * threshold, against the California rule calibrated on the same training days (stored with the
 * model).
 */
public final class ClassifierEvaluation {
  private ClassifierEvaluation() {}

  /**
   * The classification table on {@code ds}'s TEST days.
   *
   * @throws IllegalArgumentException when the data set has no TEST days, or other sensors,
   *                                  features, slot length or day start than the model
   */
  public static ClassificationTable evaluate(TrainedClassifier classifier, SensorDataset ds) {
    ClassifierMetadata m = classifier.metadata();
    ForecasterEvaluation.checkCompatible(ds, m.sensors(), m.features(), m.interval(),
        m.dayStart());
    int[] test = ds.daysOf(SensorDataset.Split.TEST);
    if (test.length == 0) {
      throw new IllegalArgumentException("the data set '" + ds.scenario() + "' has no TEST "
          + "days to evaluate on");
    }
    IncidentModel model = classifier.model();
    float[][][][] res = new float[ds.days().size()][][][];
    for (int d : test) {
      res[d] = model.encoder.residuals(ds.values()[d], 0);
    }
    int w = m.windowSlots();
    long[] ids = ClassifierTraining.ids(ds, test, w, false)[1];
    return ClassifierTraining.evaluate(ds, model, test, ids, res, m.threshold(), m.rule(), w,
        new TimeOfDayProfile(m.profile()));
  }
}
