package org.citysim.sim.sensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citysim.sim.sensor.SensorOutputs.CameraInterval;
import org.citysim.sim.traffic.LinkExited;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Camera detections over about 20,000 simulated stop-line crossings per case converge to the
 * configured rates, within four standard errors.
 */
class CameraStatisticsTest {
  private static final double H = 3600;

  /** One vehicle a second for six hours through a free-flowing corridor; the run's outputs. */
  private static List<CameraInterval> sixHours(double start, List<WeatherPeriod> weather,
      CameraModel camera, long seed) throws Exception {
    SensorRig rig = new SensorRig(SensorRig.freeCorridor(2),
        SensorRig.poisson(1.0, start, start + 6 * H - 200, seed), start, start + 6 * H, seed,
        SensorRig.spec(60, 0, SensorSpec.defaultNight(), weather, camera));
    rig.camera("l0");
    return rig.run().cameras();
  }

  @ParameterizedTest
  @EnumSource(Condition.class)
  void recallAndPrecision_convergeToTheConfiguredRates(Condition condition) throws Exception {
    CameraModel d = CameraModel.defaults();
    CameraModel camera = new CameraModel(d.day(), d.night(), d.rain(), d.fog(), 0, true,
        d.latency(), d.fleet(), d.confusion());
    // Default night is 20:00-06:00: the night runs from midnight, the others from 06:00.
    double start = condition == Condition.NIGHT ? 0 : 6 * H;
    List<WeatherPeriod> weather = switch (condition) {
      case RAIN -> List.of(new WeatherPeriod(start, start + 6 * H, Weather.RAIN));
      case FOG -> List.of(new WeatherPeriod(start, start + 6 * H, Weather.FOG));
      default -> List.of();
    };
    List<CameraInterval> out = sixHours(start, weather, camera, 11);
    assertTrue(out.stream().allMatch(c -> c.condition() == condition && c.valid()));

    Detection rates = camera.in(condition);
    long n = Stats.truth(out);
    long tp = Stats.truePositives(out);
    long fp = Stats.falsePositives(out);
    assertTrue(n >= 20_000, "crossings: " + n);
    double r = rates.recall();
    Stats.near((double) tp / n, r, Math.sqrt(r * (1 - r) / n), condition + " recall");
    double mu = tp * rates.falsePositivesPerDetection();
    Stats.near(fp, mu, Math.sqrt(mu), condition + " false positives");
    double p = rates.precision();
    Stats.near((double) tp / (tp + fp), p, tp * Math.sqrt(mu) / Math.pow(tp + mu, 2),
        condition + " precision");
    assertEquals(tp + fp, Stats.observed(out));
  }

  @Test
  void occlusion_lowersRecallAsTheLinkFillsUp() throws Exception {
    // l0 discharges 720 veh/h and is fed 900 veh/h: it fills up and stays full.
    double[][] links = {{100, 1, 10, 720}, {100, 2, 10, 7200}};
    CameraModel camera = SensorRig.camera(new Detection(0.95, 0.95), 0.3, false);
    SensorRig rig = new SensorRig(links, SensorRig.poisson(0.25, 6 * H, 12 * H, 3), 6 * H,
        12 * H, 3, SensorRig.spec(60, 0, SensorSpec.defaultNight(), List.of(), camera));
    rig.camera("l0");
    double[] expected = new double[3]; // sum of recalls, their variance, occupancy
    rig.kernel.bus().subscribe(LinkExited.class, e -> {
      if (e.link() == 0 && !e.arrived()) {
        double occ = rig.model.occupancy(0) / rig.model.storage(0);
        double rc = 0.95 * (1 - 0.3 * Math.min(1, occ));
        expected[0] += rc;
        expected[1] += rc * (1 - rc);
        expected[2] += occ;
      }
    });
    List<CameraInterval> out = rig.run().cameras();
    long n = Stats.truth(out);
    long tp = Stats.truePositives(out);
    assertTrue(n > 4000, "crossings: " + n);
    assertTrue(expected[2] / n > 0.8, "mean occupancy at crossings: " + expected[2] / n);
    Stats.near(tp, expected[0], Math.sqrt(expected[1]), "detections under occlusion");
    assertTrue((double) tp / n < 0.95 * (1 - 0.3 * 0.8) + 0.02, "recall " + (double) tp / n);
  }

  @Test
  void classConfusion_reportsEachTrueClassAsTheMatrixSays() throws Exception {
    CameraModel d = CameraModel.defaults();
    Detection perfect = new Detection(1, 1);
    ClassMix fleet = new ClassMix(0.5, 0.25, 0.25);
    CameraModel camera = new CameraModel(perfect, perfect, perfect, perfect, 0, false, 0, fleet,
        d.confusion());
    List<CameraInterval> out = sixHours(6 * H, List.of(), camera, 5);
    long n = Stats.truth(out);
    assertEquals(n, Stats.truePositives(out), "a perfect detector sees every vehicle");
    double correct = 0;
    double correctVar = 0;
    for (VehicleClass truth : VehicleClass.values()) {
      double f = fleet.share(truth);
      Stats.near(Stats.truth(out, truth), n * f, Math.sqrt(n * f * (1 - f)),
          "vehicles of true class " + truth);
      double m = d.confusion().row(truth).share(truth);
      correct += Stats.truth(out, truth) * m;
      correctVar += Stats.truth(out, truth) * m * (1 - m);
    }
    for (VehicleClass reported : VehicleClass.values()) {
      double mean = 0;
      double var = 0;
      for (VehicleClass truth : VehicleClass.values()) {
        double m = d.confusion().row(truth).share(reported);
        mean += Stats.truth(out, truth) * m;
        var += Stats.truth(out, truth) * m * (1 - m);
      }
      Stats.near(Stats.observed(out, reported), mean, Math.sqrt(var), "reported " + reported);
    }
    long right = out.stream().mapToLong(CameraInterval::correctClass).sum();
    Stats.near(right, correct, Math.sqrt(correctVar), "correctly classified");
  }

  @Test
  void falsePositives_arePoissonPerIntervalAtThePrecisionRate() throws Exception {
    CameraModel camera = SensorRig.camera(new Detection(0.9, 0.8), 0, true);
    List<CameraInterval> out = sixHours(6 * H, List.of(), camera, 8);
    double perDetection = 0.25;
    double mean = 0;
    double chi2 = 0;
    double inverse = 0;
    int intervals = 0;
    for (CameraInterval c : out) {
      double m = c.truePositives() * perDetection;
      mean += m;
      if (m > 0) {
        chi2 += Math.pow(c.falsePositives() - m, 2) / m;
        inverse += 1 / m;
        intervals++;
      } else {
        assertEquals(0, c.falsePositives(), "no detections, no false positives");
      }
    }
    Stats.near(Stats.falsePositives(out), mean, Math.sqrt(mean), "false positives");
    // Pearson's statistic of Poisson counts: mean n, variance 2n + sum of 1/m.
    Stats.near(chi2, intervals, Math.sqrt(2 * intervals + inverse), "Poisson dispersion");
  }

  @Test
  void withoutFalsePositives_theCameraOnlyMisses() throws Exception {
    CameraModel camera = SensorRig.camera(new Detection(0.9, 0.5), 0, false);
    List<CameraInterval> out = sixHours(6 * H, List.of(), camera, 9);
    assertEquals(0, Stats.falsePositives(out));
    assertEquals(Stats.truePositives(out), Stats.observed(out));
  }

  @Test
  void liveViews_seeEachVehicleWithTheCurrentRecallPlusFalsePositives() throws Exception {
    // Congested, so both views have vehicles to see: l0 is fed above its capacity.
    double[][] links = {{200, 1, 10, 720}, {100, 2, 10, 7200}};
    Detection rates = new Detection(0.8, 0.9);
    CameraModel camera = SensorRig.camera(rates, 0.3, true);
    SensorRig rig = new SensorRig(links, SensorRig.poisson(0.25, 0, 4 * H, 4), 0, 4 * H, 4,
        SensorRig.spec(60, 0, new DailyHours(0, 0), List.of(), camera));
    ApproachSensor cam = rig.camera("l0");
    double[] v = new double[3]; // seen, expected, variance
    double[] q = new double[3];
    for (double t = 30; t < 4 * H; t += 7) {
      rig.at(t, now -> {
        double occ = Math.min(1, rig.model.occupancy(0) / rig.model.storage(0));
        double r = 0.8 * (1 - 0.3 * occ);
        double fpPer = rates.falsePositivesPerDetection();
        int n = rig.model.occupancy(0);
        v[0] += cam.vehicles();
        v[1] += n * r * (1 + fpPer);
        v[2] += n * r * (1 - r) + n * r * fpPer;
        int k = rig.model.queueLength(0, now);
        q[0] += cam.queue();
        q[1] += k * r * (1 + fpPer);
        q[2] += k * r * (1 - r) + k * r * fpPer;
      });
    }
    rig.run();
    assertTrue(q[1] > 10_000, "queued vehicles looked at: " + q[1]);
    Stats.near(v[0], v[1], Math.sqrt(v[2]), "vehicles seen");
    Stats.near(q[0], q[1], Math.sqrt(q[2]), "queued vehicles seen");
  }
}
