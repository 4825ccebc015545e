package org.citysim.models.forecast;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.citysim.models.TrainingProgress;
import org.citysim.models.TrainingSummary;
import org.citysim.models.baseline.Baseline;
import org.citysim.models.baseline.HistoricalAverage;
import org.citysim.models.baseline.Persistence;
import org.citysim.models.baseline.SeasonalNaive;
import org.citysim.models.data.Standardization;
import org.citysim.models.data.TimeOfDayProfile;
import org.citysim.models.data.WindowEncoder;
import org.citysim.models.data.WindowSet;
import org.citysim.models.eval.ErrorAccumulator;
import org.citysim.models.eval.EvaluationTable;
import org.citysim.models.eval.ForecastScoring;
import org.citysim.models.io.ModelFile;
import org.citysim.models.nn.EarlyStopping;
import org.citysim.models.nn.NetSpec;
import org.citysim.models.nn.SequenceNet;
import org.citysim.sim.forecast.SensorDataset;
import org.citysim.sim.forecast.SensorDataset.Split;

/**
 * Trains a forecaster: standardisation and time-of-day profile from the training days, an LSTM
 * fitted on the training days' windows with the epoch chosen on the validation days, then
 * every method scored on the test days.
 *
 * <p>Deterministic for a seed: the initial weights and ND4J's generator are seeded, the batch
 * order comes from a {@link SplittableRandom} with the same seed, and nothing runs in parallel
 * (set {@code OMP_NUM_THREADS=1} for bit-identical sums; see docs/models.md).
 */
public final class ForecasterTraining {
  private ForecasterTraining() {}

  /**
   * Trains and evaluates.
   *
   * @throws IllegalArgumentException when the data set has no training days, or history and
   *                                  horizons do not fit its slots
   */
  public static TrainedForecaster train(SensorDataset ds, ForecasterConfig config,
      TrainingProgress progress) {
    int[] train = ds.daysOf(Split.TRAIN);
    int[] val = ds.daysOf(Split.VALIDATION);
    int[] test = ds.daysOf(Split.TEST);
    if (train.length == 0) {
      throw new IllegalArgumentException("the data set '" + ds.scenario() + "' has no TRAIN "
          + "days; simulate more days");
    }
    double interval = ds.interval();
    int history = ForecasterConfig.slots(config.history(), interval, "history");
    int[] hs = new int[config.horizons().length];
    for (int k = 0; k < hs.length; k++) {
      hs[k] = ForecasterConfig.slots(config.horizons()[k], interval, "horizon");
    }
    int lookahead = hs[hs.length - 1];
    if (history + lookahead > ds.slots()) {
      throw new IllegalArgumentException("history (" + history + " slots) and the longest "
          + "horizon (" + lookahead + " slots) do not fit in a day of " + ds.slots() + " slots");
    }
    Standardization norm = Standardization.fit(ds, train);
    TimeOfDayProfile profile = TimeOfDayProfile.fit(ds, train);
    List<List<Integer>> downstream = ds.sensors().stream()
        .map(SensorDataset.SensorInfo::downstream).toList();
    WindowEncoder encoder = new WindowEncoder(config.layout(), history, hs, norm, profile,
        downstream, interval, ds.dayStart());
    float[][][][] res = new float[ds.days().size()][][][];
    for (int d = 0; d < res.length; d++) {
      res[d] = encoder.residuals(ds.values()[d], 0);
    }
    WindowSet trainW = WindowSet.of(ds, train, history, lookahead);
    WindowSet valW = validationWindows(WindowSet.of(ds, val, history, lookahead), config,
        config.layout() == WindowEncoder.Layout.PER_SENSOR ? ds.sensors().size() : 1);
    WindowSet testW = WindowSet.of(ds, test, history, lookahead);

    SequenceNet net = SequenceNet.create(new NetSpec(encoder.channels(), history,
        config.hidden(), encoder.outputs(), config.loss() == ForecasterConfig.Loss.MAE
            ? NetSpec.Output.REGRESSION_MAE : NetSpec.Output.REGRESSION, config.learningRate(),
        config.seed()));
    int sensors = ds.sensors().size();
    int features = ds.features().size();
    ForecastModel model = new ForecastModel(encoder, net, hs, sensors, features);

    int all = model.rows(trainW);
    int rows = config.epochRows() == 0 ? all : Math.min(all, config.epochRows());
    int[] order = new int[all];
    Arrays.setAll(order, i -> i);
    SplittableRandom rng = new SplittableRandom(config.seed());
    int bs = config.batchSize();
    int ch = encoder.channels();
    int outs = encoder.outputs();
    EarlyStopping.Epoch epoch = e -> {
      // A fresh draw of rows each epoch (the first `rows` of a new permutation).
      shuffle(order, rng);
      double loss = 0;
      float[] x = new float[bs * ch * history];
      float[] y = new float[bs * outs];
      float[] mask = new float[bs * outs];
      for (int from = 0; from < rows; from += bs) {
        int to = Math.min(rows, from + bs);
        int n = to - from;
        if (n != bs) {
          x = new float[n * ch * history];
          y = new float[n * outs];
          mask = new float[n * outs];
        }
        model.encodeRows(order, from, to, trainW, res, ds.values(), x, y, mask);
        loss += net.fit(x, y, mask, n, history) * n;
      }
      return loss / rows;
    };
    EarlyStopping.Validator validator = valW.size() == 0 ? null
        : () -> validate(ds, model, valW, norm, hs, res, config.loss());
    String scoreName = "MAE " + ds.features().get(0) + " [" + unit(ds.features().get(0)) + "]";
    EarlyStopping.Result result = EarlyStopping.run(net, config.maxEpochs(), config.patience(),
        epoch, validator, scoreName, progress);

    EvaluationTable table = evaluate(ds, model, testW, res, profile, history, hs, interval);
    var best = result.best();
    TrainingSummary summary = new TrainingSummary(boxed(train), boxed(val), boxed(test),
        result.epochsRun(), result.bestEpoch(), best.trainLoss(), best.validationLoss(), rows);
    ForecasterMetadata meta = new ForecasterMetadata(ForecasterMetadata.KIND,
        ModelFile.FORMAT_VERSION, ds.scenario(), ds.fingerprint(), ds.seed(), config.seed(),
        ds.sensors().stream().map(SensorDataset.SensorInfo::id).toList(), downstream,
        ds.features().stream().map(Enum::name).toList(), interval, ds.dayStart(), ds.slots(),
        history, Arrays.stream(hs).mapToDouble(h -> h * interval).toArray(), config,
        norm.mean(), norm.std(), profile.mean(), summary, table);
    return new TrainedForecaster(model, meta, result.history());
  }

  /**
   * The validation windows, thinned to every n-th window so that they make at most a quarter
   * of an epoch's rows: the same windows every epoch, so the losses stay comparable.
   */
  private static WindowSet validationWindows(WindowSet all, ForecasterConfig config,
      int rowsPerWindow) {
    if (config.epochRows() == 0 || all.size() == 0) {
      return all;
    }
    long budget = Math.max(1, config.epochRows() / 4);
    long rows = (long) all.size() * rowsPerWindow;
    return all.every((int) Math.max(1, (rows + budget - 1) / budget));
  }

  /**
   * The training loss on the validation days (MSE or MAE of the residuals on the z scale, as
   * trained), which also chooses the epoch, and the first feature's MAE for the progress bar.
   */
  private static EarlyStopping.Validation validate(SensorDataset ds, ForecastModel model,
      WindowSet windows, Standardization norm, int[] hs, float[][][][] res,
      ForecasterConfig.Loss lossKind) {
    float[][][][] p = model.predict(windows, res);
    double sum = 0;
    long n = 0;
    ErrorAccumulator first = new ErrorAccumulator();
    for (int w = 0; w < windows.size(); w++) {
      float[][][] day = ds.values()[windows.day()[w]];
      for (int k = 0; k < hs.length; k++) {
        float[][] truth = day[windows.lastSlot()[w] + hs[k]];
        for (int i = 0; i < truth.length; i++) {
          for (int f = 0; f < truth[i].length; f++) {
            float t = truth[i][f];
            if (Float.isNaN(t)) {
              continue;
            }
            double z = norm.scale(p[w][k][i][f] - t, i, f);
            sum += lossKind == ForecasterConfig.Loss.MAE ? Math.abs(z) : z * z;
            n++;
            if (f == 0) {
              first.add(t, p[w][k][i][f]);
            }
          }
        }
      }
    }
    double loss = n == 0 ? Double.NaN : sum / n;
    return new EarlyStopping.Validation(loss, first.mae(), loss);
  }

  /** The network and the baselines on the test windows. */
  static EvaluationTable evaluate(SensorDataset ds, ForecastModel model, WindowSet test,
      float[][][][] res, TimeOfDayProfile profile, int history, int[] hs, double interval) {
    if (test.size() == 0) {
      return new EvaluationTable(List.of(), List.of());
    }
    float[][][][] lstm = model.predict(test, res);
    Map<String, ForecastScoring.Method> methods = new LinkedHashMap<>();
    methods.put(EvaluationTable.LSTM, (w, out) -> copy(lstm[w], out));
    for (Baseline b : List.of(new HistoricalAverage(profile),
        new Persistence(ds, history, profile), new SeasonalNaive(ds, profile))) {
      methods.put(b.name(), (w, out) -> b.forecast(test.day()[w], test.lastSlot()[w], hs, out));
    }
    return ForecastScoring.score(ds, test, hs, interval, methods);
  }

  private static void copy(float[][][] from, float[][][] to) {
    for (int k = 0; k < from.length; k++) {
      for (int i = 0; i < from[k].length; i++) {
        System.arraycopy(from[k][i], 0, to[k][i], 0, from[k][i].length);
      }
    }
  }

  private static void shuffle(int[] a, SplittableRandom rng) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  private static List<Integer> boxed(int[] a) {
    return Arrays.stream(a).boxed().toList();
  }

  static String unit(SensorDataset.Feature f) {
    return switch (f) {
      case FLOW -> "veh/h";
      case SPEED -> "m/s";
      case OCCUPANCY -> "0..1";
    };
  }
}
