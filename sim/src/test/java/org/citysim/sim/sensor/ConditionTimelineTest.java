package org.citysim.sim.sensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.citysim.sim.sensor.SensorOutputs.CameraInterval;
import org.junit.jupiter.api.Test;

class ConditionTimelineTest {
  private static final double H = 3600;

  @Test
  void night_wrapsPastMidnightAndRepeatsEveryDay() {
    DailyHours night = new DailyHours(20 * H, 6 * H);
    assertTrue(night.contains(20 * H));
    assertTrue(night.contains(23.9 * H));
    assertTrue(night.contains(0));
    assertTrue(night.contains(5.99 * H));
    assertFalse(night.contains(6 * H));
    assertFalse(night.contains(12 * H));
    assertFalse(night.contains(30 * H), "06:00 the next day");
    assertTrue(night.contains(44 * H), "20:00 the next day");
    DailyHours evening = new DailyHours(18 * H, 22 * H);
    assertTrue(evening.contains(19 * H));
    assertFalse(evening.contains(23 * H));
    assertFalse(new DailyHours(5 * H, 5 * H).contains(5 * H), "equal ends: no night");
  }

  @Test
  void weatherPeriods_governFromTheirStartUntilTheirEnd() {
    ConditionTimeline t = new ConditionTimeline(new DailyHours(0, 0), List.of(
        new WeatherPeriod(8.5 * H, 9 * H, Weather.FOG),
        new WeatherPeriod(7 * H, 8.5 * H, Weather.RAIN)), CameraModel.defaults());
    assertEquals(Condition.DAY, t.at(6.99 * H));
    assertEquals(Condition.RAIN, t.at(7 * H));
    assertEquals(Condition.RAIN, t.at(8.5 * H - 1e-9));
    assertEquals(Condition.FOG, t.at(8.5 * H));
    assertEquals(Condition.DAY, t.at(9 * H));
    assertEquals(Weather.CLEAR, t.weatherAt(100 * H));
  }

  @Test
  void weatherAtNight_theWorseOfTheTwoForTheCameraGoverns() {
    CameraModel d = CameraModel.defaults();
    List<WeatherPeriod> rainThenFog = List.of(new WeatherPeriod(21 * H, 22 * H, Weather.RAIN),
        new WeatherPeriod(22 * H, 23 * H, Weather.FOG));
    ConditionTimeline defaults = new ConditionTimeline(SensorSpec.defaultNight(), rainThenFog, d);
    assertEquals(Condition.NIGHT, defaults.at(20.5 * H));
    assertEquals(Condition.RAIN, defaults.at(21.5 * H), "rain 0.82 is worse than night 0.88");
    assertEquals(Condition.FOG, defaults.at(22.5 * H));
    CameraModel darkCamera = new CameraModel(d.day(), new Detection(0.6, 0.9), d.rain(), d.fog(),
        d.occlusion(), true, 0, d.fleet(), d.confusion());
    ConditionTimeline dark = new ConditionTimeline(SensorSpec.defaultNight(), rainThenFog,
        darkCamera);
    assertEquals(Condition.NIGHT, dark.at(21.5 * H));
    assertEquals(Condition.NIGHT, dark.at(22.5 * H));
  }

  @Test
  void cameraIntervals_followTheNightHoursAndTheWeatherTimeline() throws Exception {
    List<WeatherPeriod> weather = List.of(new WeatherPeriod(7 * H, 8 * H, Weather.RAIN),
        new WeatherPeriod(8.5 * H, 9 * H, Weather.FOG));
    CameraModel d = CameraModel.defaults();
    CameraModel camera = new CameraModel(d.day(), d.night(), d.rain(), d.fog(), 0, false, 0,
        d.fleet(), d.confusion());
    SensorRig rig = new SensorRig(SensorRig.freeCorridor(2),
        SensorRig.poisson(1, 4 * H, 10 * H, 2), 4 * H, 10 * H, 2,
        SensorRig.spec(300, 0, SensorSpec.defaultNight(), weather, camera));
    rig.camera("l0");
    List<CameraInterval> out = rig.run().cameras();
    Map<Condition, long[]> byCondition = new EnumMap<>(Condition.class);
    for (CameraInterval c : out) {
      double mid = (c.from() + c.to()) / 2;
      Condition expected = mid < 6 * H ? Condition.NIGHT : mid < 7 * H ? Condition.DAY
          : mid < 8 * H ? Condition.RAIN : mid < 8.5 * H ? Condition.DAY
          : mid < 9 * H ? Condition.FOG : Condition.DAY;
      assertEquals(expected, c.condition(), "interval from " + c.from());
      long[] sums = byCondition.computeIfAbsent(c.condition(), k -> new long[2]);
      sums[0] += c.truth().total();
      sums[1] += c.truePositives();
    }
    assertEquals(4, byCondition.size());
    // Each condition's detections follow its own recall (about 1,800 or more crossings each).
    for (Map.Entry<Condition, long[]> e : byCondition.entrySet()) {
      double r = camera.in(e.getKey()).recall();
      long n = e.getValue()[0];
      Stats.near((double) e.getValue()[1] / n, r, Math.sqrt(r * (1 - r) / n),
          e.getKey() + " recall");
    }
  }
}
