package org.citysim.models.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.citysim.sim.forecast.SensorDataset;
import org.citysim.sim.forecast.SensorDataset.DayInfo;
import org.citysim.sim.forecast.SensorDataset.Feature;
import org.citysim.sim.forecast.SensorDataset.SensorInfo;
import org.citysim.sim.forecast.SensorDataset.Split;

/**
 * Synthetic sensor data sets for tests and benchmarks, standing in for simulated days. Sensors
 * sit on corridors of five, each one's downstream neighbour the next on its corridor (the last
 * one's the first of the next corridor). Per sensor a daily demand profile with a morning and
 * an evening peak; per day a demand scale and a shift of the profile (the variation a learned
 * model can read from the last hour and a historical average cannot); within the day a slowly
 * wandering deviation; Poisson counts; speed and occupancy from a simple speed-flow relation;
 * dropouts (single slots and outages); recurrent queues at peak times over every seventh sensor
 * (no incident, but high occupancy against the downstream one); and blocked episodes of random
 * severity in which the blocked sensor's occupancy rises over a few slots while its flow and
 * speed fall, and its downstream neighbour empties.
 *
 * @param sensors       sensors
 * @param days          days, chronological; the last {@code testDays} are TEST, the
 *                      {@code validationDays} before them VALIDATION, the rest TRAIN
 * @param slots         slots per day
 * @param interval      slot length [s]
 * @param demandSpread  standard deviation of the day's demand scale around 1
 * @param dropout       probability a reading is missing
 * @param incidentRate  blocked episodes per sensor and day (mean of a Poisson draw)
 * @param validationDays VALIDATION days
 * @param testDays      TEST days
 * @param seed          the seed of every draw
 */
public record SyntheticData(int sensors, int days, int slots, double interval,
    double demandSpread, double dropout, double incidentRate, int validationDays, int testDays,
    long seed) {

  /** Forecasting data: 5-minute slots over a whole day, 15 % demand spread, 1 % dropouts. */
  public static SyntheticData forecasting(int sensors, int days, long seed) {
    return new SyntheticData(sensors, days, 288, 300, 0.15, 0.01, 0.05,
        Math.max(1, days / 7), Math.max(1, days / 7), seed);
  }

  /** Incident data: as {@link #forecasting} with about one blocked episode per sensor-day. */
  public static SyntheticData incidents(int sensors, int days, long seed) {
    return new SyntheticData(sensors, days, 288, 300, 0.15, 0.01, 1.0,
        Math.max(1, days / 7), Math.max(1, days / 7), seed);
  }

  public SyntheticData withDropout(double d) {
    return new SyntheticData(sensors, days, slots, interval, demandSpread, d, incidentRate,
        validationDays, testDays, seed);
  }

  /** Builds the data set. */
  public SensorDataset build() {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<SensorInfo> infos = new ArrayList<>();
    double[] cap = new double[sensors];
    double[] vf = new double[sensors];
    double[] morning = new double[sensors];
    double[] evening = new double[sensors];
    double[] am = new double[sensors];
    double[] ae = new double[sensors];
    for (int i = 0; i < sensors; i++) {
      int next = (i % 5 == 4 || i + 1 == sensors) ? (i / 5 + 1) * 5 : i + 1;
      if (next >= sensors) {
        next = 0;
      }
      List<Integer> down = next == i ? List.of() : List.of(next);
      cap[i] = 900 + 900 * rnd.nextDouble();
      vf[i] = 12 + 13 * rnd.nextDouble();
      morning[i] = 7.5 * 3600 + (rnd.nextDouble() - 0.5) * 3600;
      evening[i] = 17.25 * 3600 + (rnd.nextDouble() - 0.5) * 3600;
      am[i] = 0.3 + 0.4 * rnd.nextDouble();
      ae[i] = 0.3 + 0.4 * rnd.nextDouble();
      infos.add(new SensorInfo("loop:l" + i, "l" + i, down, vf[i]));
    }
    List<DayInfo> dayInfos = new ArrayList<>();
    float[][][][] values = new float[days][slots][sensors][3];
    boolean[][][] blocked = new boolean[days][slots][sensors];
    for (int d = 0; d < days; d++) {
      Split split = d >= days - testDays ? Split.TEST
          : d >= days - testDays - validationDays ? Split.VALIDATION : Split.TRAIN;
      double scale = Math.max(0.6, Math.min(1.4, 1 + demandSpread * rnd.nextGaussian()));
      double shift = 900 * rnd.nextGaussian();
      dayInfos.add(new DayInfo(d, split, scale, shift, "clear", seed * 1000 + d));
      double[][] q = new double[slots][sensors];
      for (int i = 0; i < sensors; i++) {
        double local = 1 + 0.05 * rnd.nextGaussian();
        double a = 0.06 * rnd.nextGaussian();
        for (int t = 0; t < slots; t++) {
          a = 0.98 * a + 0.012 * rnd.nextGaussian();
          double tod = (t + 0.5) * interval - shift;
          double shape = 0.05 + 0.25 * daytime(tod) + am[i] * bump(tod, morning[i], 4500)
              + ae[i] * bump(tod, evening[i], 5400);
          q[t][i] = Math.max(0, 0.75 * cap[i] * shape * scale * local * (1 + a));
        }
      }
      double[][] flowFactor = new double[slots][sensors];
      double[][] occExtra = new double[slots][sensors];
      for (double[] r : flowFactor) {
        Arrays.fill(r, 1);
      }
      for (int i = 0; i < sensors; i++) {
        int episodes = poisson(rnd, incidentRate);
        for (int e = 0; e < episodes; e++) {
          int start = (int) ((6 * 3600 + rnd.nextDouble() * 15 * 3600) / interval);
          int len = 3 + rnd.nextInt(10);
          // Partial blockages too: some episodes barely show.
          double severity = 0.3 + 0.7 * rnd.nextDouble();
          for (int t = start; t < Math.min(slots, start + len); t++) {
            int k = t - start;
            blocked[d][t][i] = true;
            double ramp = Math.min(1, (k + 1) / 3.0);
            double keep = 1 - severity * 0.65 * ramp;
            flowFactor[t][i] = Math.min(flowFactor[t][i], keep);
            occExtra[t][i] = Math.max(occExtra[t][i], severity * 0.4 * ramp);
            for (int j : infos.get(i).downstream()) {
              flowFactor[t][j] = Math.min(flowFactor[t][j], keep + 0.05);
            }
          }
        }
      }
      for (int i = 0; i < sensors; i++) {
        int outage = 0;
        for (int t = 0; t < slots; t++) {
          double flow = q[t][i] * flowFactor[t][i];
          double v = Math.max(3, vf[i] * (1 - 0.55 * Math.pow(flow / cap[i], 3)));
          double extra = occExtra[t][i];
          if (i % 7 == 3) {
            // A recurrent bottleneck: at peak demand a queue stands over this detector,
            // without any incident (what fools a pure occupancy rule).
            extra += 0.3 * Math.max(0, q[t][i] / cap[i] - 0.55);
          }
          v = v * (1 - Math.min(0.8, 1.8 * extra));
          double occ = Math.min(0.95, flow / 3600 * 6.5 / v + extra);
          double count = poisson(rnd, flow * interval / 3600);
          float[] out = values[d][t][i];
          out[0] = (float) (count * 3600 / interval);
          out[1] = (float) Math.max(0.5, v + 0.4 * rnd.nextGaussian());
          out[2] = (float) Math.max(0, Math.min(1, occ * (1 + 0.05 * rnd.nextGaussian())
              + 0.005 * rnd.nextGaussian()));
          if (outage == 0 && rnd.nextDouble() < dropout / 20) {
            outage = 3 + rnd.nextInt(22);
          }
          if (outage > 0 || rnd.nextDouble() < dropout) {
            Arrays.fill(out, Float.NaN);
          }
          outage = Math.max(0, outage - 1);
        }
      }
    }
    return new SensorDataset("synthetic-" + sensors + "x" + days, fingerprint(), seed, interval,
        0, infos, List.of(Feature.FLOW, Feature.SPEED, Feature.OCCUPANCY), dayInfos, values,
        blocked);
  }

  /** A 64-hex-digit fingerprint of the sensor layout (not of the demand or seed). */
  public String fingerprint() {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256")
          .digest(("synthetic|" + sensors).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double daytime(double tod) {
    return 1 / (1 + Math.exp(-(tod - 6 * 3600) / 1800)) - 1 / (1 + Math.exp(-(tod - 21 * 3600)
        / 1800));
  }

  private static double bump(double tod, double centre, double sigma) {
    double z = (tod - centre) / sigma;
    return Math.exp(-0.5 * z * z);
  }

  static int poisson(SplittableRandom rnd, double lambda) {
    if (lambda <= 0) {
      return 0;
    }
    if (lambda > 40) {
      return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * rnd.nextGaussian()));
    }
    double l = Math.exp(-lambda);
    int k = 0;
    double p = 1;
    do {
      k++;
      p *= rnd.nextDouble();
    } while (p > l);
    return k - 1;
  }
}
