package org.citysim.models.incident;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.citysim.models.TrainingProgress;
import org.citysim.models.TrainingSummary;
import org.citysim.models.baseline.CaliforniaCalibration;
import org.citysim.models.baseline.CaliforniaRule;
import org.citysim.models.baseline.CaliforniaSignals;
import org.citysim.models.data.Standardization;
import org.citysim.models.data.TimeOfDayProfile;
import org.citysim.models.data.WindowEncoder;
import org.citysim.models.eval.ClassificationTable;
import org.citysim.models.eval.DetectionScoring;
import org.citysim.models.eval.RocAuc;
import org.citysim.models.io.ModelFile;
import org.citysim.models.nn.EarlyStopping;
import org.citysim.models.nn.NetSpec;
import org.citysim.models.nn.SequenceNet;
import org.citysim.sim.forecast.SensorDataset;
import org.citysim.sim.forecast.SensorDataset.Split;

/**
 * Trains an incident classifier: a window of each sensor's readings and its downstream
 * neighbours' (as residuals against the training days' profile, like the forecaster), an LSTM
 * with a sigmoid output and binary cross-entropy, rebalanced epochs, the epoch chosen by the
 * validation ROC AUC and the threshold by the validation F1. On the test days it is compared
 * with the California rule calibrated on the training days.
 */
public final class ClassifierTraining {
  /** Name of the learned method in the table. */
  public static final String METHOD = "LSTM classifier";
  /** Name of the rule in the table. */
  public static final String RULE = "California rule";

  private ClassifierTraining() {}

  /**
   * Trains and evaluates.
   *
   * @throws IllegalArgumentException when there are no training days or no blocked slots on
   *                                  them, or the window does not fit
   */
  public static TrainedClassifier train(SensorDataset ds, ClassifierConfig config,
      TrainingProgress progress) {
    int[] train = ds.daysOf(Split.TRAIN);
    int[] val = ds.daysOf(Split.VALIDATION);
    int[] test = ds.daysOf(Split.TEST);
    if (train.length == 0) {
      throw new IllegalArgumentException("the data set '" + ds.scenario() + "' has no TRAIN "
          + "days; simulate more days");
    }
    double interval = ds.interval();
    double n = config.window() / interval;
    int w = (int) Math.round(n);
    if (w < 3 || Math.abs(n - w) > 1e-6 || w > ds.slots()) {
      throw new IllegalArgumentException("window of " + config.window() + " s must be a whole "
          + "number of at least 3 slots of " + interval + " s, within a day");
    }
    int slots = ds.slots();
    int sensors = ds.sensors().size();
    Standardization norm = Standardization.fit(ds, train);
    TimeOfDayProfile profile = TimeOfDayProfile.fit(ds, train);
    List<List<Integer>> downstream = ds.sensors().stream()
        .map(SensorDataset.SensorInfo::downstream).toList();
    WindowEncoder encoder = new WindowEncoder(WindowEncoder.Layout.PER_SENSOR, w, new int[0],
        norm, profile, downstream, interval, ds.dayStart());
    float[][][][] res = new float[ds.days().size()][][][];
    for (int d = 0; d < res.length; d++) {
      res[d] = encoder.residuals(ds.values()[d], 0);
    }
    long[][] trainIds = ids(ds, train, w, true);
    long[] pos = trainIds[0];
    long[] neg = trainIds[1];
    if (pos.length == 0) {
      throw new IllegalArgumentException("no blocked slots on the TRAIN days of '"
          + ds.scenario() + "'; simulate days with incidents to train a classifier");
    }
    long[] valIds = concat(ids(ds, val, w, false));
    long[] testIds = concat(ids(ds, test, w, false));

    SequenceNet net = SequenceNet.create(new NetSpec(encoder.channels(), w, config.hidden(), 1,
        NetSpec.Output.BINARY, config.learningRate(), config.seed()));
    IncidentModel model = new IncidentModel(encoder, net, sensors);
    SplittableRandom rng = new SplittableRandom(config.seed());
    int negPerEpoch = (int) Math.min(neg.length, (long) pos.length * config.negativesPerPositive());
    long[] epochIds = new long[pos.length + negPerEpoch];
    int ch = encoder.channels();
    int bs = config.batchSize();
    EarlyStopping.Epoch epoch = e -> {
      // A fresh draw of negatives each epoch: over the epochs most of them are seen.
      partialShuffle(neg, negPerEpoch, rng);
      System.arraycopy(pos, 0, epochIds, 0, pos.length);
      System.arraycopy(neg, 0, epochIds, pos.length, negPerEpoch);
      shuffle(epochIds, rng);
      double loss = 0;
      for (int from = 0; from < epochIds.length; from += bs) {
        int to = Math.min(epochIds.length, from + bs);
        float[] x = new float[(to - from) * ch * w];
        float[] y = new float[to - from];
        model.encodeRows(epochIds, from, to, slots, res, x);
        for (int r = 0; r < to - from; r++) {
          y[r] = label(ds, epochIds[from + r], slots, sensors) ? 1 : 0;
        }
        loss += net.fit(x, y, null, to - from, w) * (to - from);
      }
      return loss / epochIds.length;
    };
    EarlyStopping.Validator validator = valIds.length == 0 ? null : () -> {
      float[] p = model.predict(valIds, slots, res);
      boolean[] y = labels(ds, valIds, slots, sensors);
      double auc = RocAuc.of(toDouble(p), y);
      return new EarlyStopping.Validation(crossEntropy(p, y), auc,
          Double.isNaN(auc) ? Double.NaN : 1 - auc);
    };
    EarlyStopping.Result result = EarlyStopping.run(net, config.maxEpochs(), config.patience(),
        epoch, validator, "ROC AUC", progress);

    // The threshold: best F1 on the validation days, or on the training days without them.
    long[] thrIds = valIds.length > 0 ? valIds : concat(trainIds);
    double threshold = bestF1Threshold(model.predict(thrIds, slots, res),
        labels(ds, thrIds, slots, sensors));
    CaliforniaRule rule = CaliforniaCalibration.calibrate(ds, train, w - 1, profile);
    ClassificationTable table = evaluate(ds, model, test, testIds, res, threshold, rule, w,
        profile);
    var best = result.best();
    TrainingSummary summary = new TrainingSummary(boxed(train), boxed(val), boxed(test),
        result.epochsRun(), result.bestEpoch(), best.trainLoss(), best.validationLoss(),
        epochIds.length);
    ClassifierMetadata meta = new ClassifierMetadata(ClassifierMetadata.KIND,
        ModelFile.FORMAT_VERSION, ds.scenario(), ds.fingerprint(), ds.seed(), config.seed(),
        ds.sensors().stream().map(SensorDataset.SensorInfo::id).toList(), downstream,
        ds.features().stream().map(Enum::name).toList(), interval, ds.dayStart(), slots, w,
        config, norm.mean(), norm.std(), profile.mean(), threshold, rule, summary, table);
    return new TrainedClassifier(model, meta, result.history());
  }

  static ClassificationTable evaluate(SensorDataset ds, IncidentModel model, int[] test,
      long[] testIds, float[][][][] res, double threshold, CaliforniaRule rule, int w,
      TimeOfDayProfile profile) {
    List<Integer> days = boxed(test);
    if (test.length == 0) {
      return new ClassificationTable(days, List.of());
    }
    int slots = ds.slots();
    int sensors = ds.sensors().size();
    float[] p = model.predict(testIds, slots, res);
    boolean[][][] blocked = new boolean[test.length][][];
    float[][][] scores = new float[test.length][slots][sensors];
    boolean[][][] alarms = new boolean[test.length][slots][sensors];
    boolean[][][] ruleAlarms = new boolean[test.length][][];
    int k = 0;
    for (int j = 0; j < test.length; j++) {
      blocked[j] = ds.blocked()[test[j]];
      ruleAlarms[j] = rule.alarms(CaliforniaSignals.of(ds, test[j], profile));
      for (int t = w - 1; t < slots; t++) {
        for (int i = 0; i < sensors; i++) {
          scores[j][t][i] = p[k];
          alarms[j][t][i] = p[k] >= threshold;
          k++;
        }
      }
    }
    var net = DetectionScoring.score(METHOD, String.format(java.util.Locale.ROOT, "p >= %.3f",
        threshold), days, blocked, alarms, scores, "", w - 1, ds.interval());
    var classic = DetectionScoring.score(RULE, rule.describe(), days, blocked, ruleAlarms, null,
        "a threshold rule gives alarms, not a ranking score", w - 1, ds.interval());
    return new ClassificationTable(days, List.of(net, classic));
  }

  /**
   * Row ids {@code (day * slots + lastSlot) * sensors + sensor} of every window of {@code
   * days}, in order; split into blocked and unblocked when {@code split}, else all in [0].
   */
  static long[][] ids(SensorDataset ds, int[] days, int w, boolean split) {
    int slots = ds.slots();
    int sensors = ds.sensors().size();
    List<Long> pos = new ArrayList<>();
    int total = days.length * Math.max(0, slots - w + 1) * sensors;
    long[] all = new long[total];
    int k = 0;
    for (int d : days) {
      for (int t = w - 1; t < slots; t++) {
        for (int i = 0; i < sensors; i++) {
          long id = ((long) d * slots + t) * sensors + i;
          if (split && ds.blocked()[d][t][i]) {
            pos.add(id);
          } else {
            all[k++] = id;
          }
        }
      }
    }
    return new long[][] {pos.stream().mapToLong(Long::longValue).toArray(),
        Arrays.copyOf(all, k)};
  }

  static double bestF1Threshold(float[] p, boolean[] y) {
    Integer[] order = new Integer[p.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Float.compare(p[b], p[a]));
    long positives = 0;
    for (boolean b : y) {
      positives += b ? 1 : 0;
    }
    if (positives == 0) {
      return 0.5;
    }
    long tp = 0;
    long fp = 0;
    double best = -1;
    double thr = 0.5;
    for (int k = 0; k < order.length; k++) {
      if (y[order[k]]) {
        tp++;
      } else {
        fp++;
      }
      // Only where the next score differs: a threshold cannot split tied scores.
      if (k + 1 < order.length && p[order[k + 1]] == p[order[k]]) {
        continue;
      }
      double f1 = 2.0 * tp / (2.0 * tp + fp + (positives - tp));
      if (f1 > best) {
        best = f1;
        thr = p[order[k]];
      }
    }
    return thr;
  }

  private static boolean label(SensorDataset ds, long id, int slots, int sensors) {
    int sensor = (int) (id % sensors);
    long dsl = id / sensors;
    return ds.blocked()[(int) (dsl / slots)][(int) (dsl % slots)][sensor];
  }

  private static boolean[] labels(SensorDataset ds, long[] ids, int slots, int sensors) {
    boolean[] y = new boolean[ids.length];
    for (int k = 0; k < ids.length; k++) {
      y[k] = label(ds, ids[k], slots, sensors);
    }
    return y;
  }

  private static double crossEntropy(float[] p, boolean[] y) {
    double s = 0;
    for (int k = 0; k < p.length; k++) {
      double q = Math.min(1 - 1e-7, Math.max(1e-7, p[k]));
      s -= y[k] ? Math.log(q) : Math.log(1 - q);
    }
    return p.length == 0 ? Double.NaN : s / p.length;
  }

  private static double[] toDouble(float[] p) {
    double[] d = new double[p.length];
    for (int k = 0; k < p.length; k++) {
      d[k] = p[k];
    }
    return d;
  }

  private static long[] concat(long[][] parts) {
    return Arrays.stream(parts).flatMapToLong(Arrays::stream).toArray();
  }

  private static void partialShuffle(long[] a, int k, SplittableRandom rng) {
    for (int i = 0; i < k && i < a.length - 1; i++) {
      int j = i + rng.nextInt(a.length - i);
      long t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  private static void shuffle(long[] a, SplittableRandom rng) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      long t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  private static List<Integer> boxed(int[] a) {
    return Arrays.stream(a).boxed().toList();
  }
}
