package org.citysim.sim.sensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citysim.sim.sensor.SensorOutputs.CameraInterval;
import org.citysim.sim.traffic.LinkExited;
import org.junit.jupiter.api.Test;

class SensorHubTest {
  private static final double H = 3600;

  private static SensorSpec withLatency(double latency, double dropout, double interval) {
    CameraModel d = CameraModel.defaults();
    return SensorRig.spec(interval, dropout, SensorSpec.defaultNight(), List.of(),
        new CameraModel(d.day(), d.night(), d.rain(), d.fog(), d.occlusion(), true, latency,
            d.fleet(), d.confusion()));
  }

  @Test
  void cameraReading_isNotVisibleBeforeItsLatencyHasPassed() throws Exception {
    SensorRig rig = new SensorRig(SensorRig.freeCorridor(2), SensorRig.poisson(0.5, 0, 600, 1),
        0, 600, 1, withLatency(10, 0, 60));
    ApproachSensor camera = rig.camera("l0");
    ApproachSensor loop = rig.loop("l0");
    Map<Double, SensorReading> seen = new HashMap<>();
    Map<Double, SensorReading> loopSeen = new HashMap<>();
    for (double t : new double[] {60, 60.5, 69.999, 70, 125, 129.99, 130, 180}) {
      rig.at(t, now -> seen.put(now, camera.last()));
    }
    rig.afterEachInterval(now -> loopSeen.put(now, loop.last()));
    rig.run();
    assertNull(seen.get(60.0));
    assertNull(seen.get(60.5));
    assertNull(seen.get(69.999), "10 s latency: not visible 9.999 s after the interval");
    assertEquals(60, seen.get(70.0).to());
    assertEquals(0, seen.get(70.0).from());
    assertEquals(60, seen.get(125.0).to());
    assertEquals(60, seen.get(129.99).to());
    assertEquals(120, seen.get(130.0).to());
    assertEquals(120, seen.get(180.0).to(), "the interval closing at 180 shows at 190");
    assertEquals(60, loopSeen.get(60.0).to(), "loops report at once");
  }

  @Test
  void withoutLatency_theReadingIsVisibleOnceItsIntervalHasClosed() throws Exception {
    SensorRig rig = new SensorRig(SensorRig.freeCorridor(2), SensorRig.poisson(0.5, 0, 300, 1),
        0, 300, 1, withLatency(0, 0, 60));
    ApproachSensor camera = rig.camera("l0");
    List<Double> ends = new ArrayList<>();
    rig.afterEachInterval(now -> ends.add(camera.last().to() - now));
    rig.run();
    assertEquals(List.of(0.0, 0.0, 0.0, 0.0, 0.0), ends);
  }

  @Test
  void dropouts_loseWholeIntervalsAtTheConfiguredRate() throws Exception {
    double dropout = 0.3;
    SensorRig rig = new SensorRig(SensorRig.freeCorridor(2), SensorRig.poisson(0.2, 0, 6 * H, 1),
        0, 6 * H, 1, withLatency(0, dropout, 10));
    ApproachSensor camera = rig.camera("l0");
    ApproachSensor loop = rig.loop("l1");
    int[] loopDrops = new int[2];
    rig.afterEachInterval(now -> {
      for (ApproachSensor s : List.of(camera, loop)) {
        SensorReading r = s.last();
        assertEquals(!r.valid(), s.droppedOut());
        if (!r.valid()) {
          assertTrue(Double.isNaN(s.vehicles()) && Double.isNaN(s.queue()));
          assertEquals(Double.NEGATIVE_INFINITY, s.lastPassage());
        } else {
          assertFalse(Double.isNaN(s.vehicles()) || Double.isNaN(s.queue()));
        }
      }
      loopDrops[0] += loop.last().valid() ? 0 : 1;
      loopDrops[1]++;
    });
    List<CameraInterval> out = rig.run().cameras();
    assertEquals(2160, out.size());
    long cameraDrops = out.stream().filter(c -> !c.valid()).count();
    double n = out.size();
    double sd = Math.sqrt(dropout * (1 - dropout) / n);
    Stats.near(cameraDrops / n, dropout, sd, "camera dropout frequency");
    Stats.near(loopDrops[0] / (double) loopDrops[1], dropout, sd, "loop dropout frequency");
  }

  @Test
  void loopCounts_equalTheTrueCountsTheCameraIsJudgedAgainst() throws Exception {
    SensorRig rig = new SensorRig(SensorRig.freeCorridor(3), SensorRig.poisson(0.7, 0, 2 * H, 6),
        0, 2 * H, 6, withLatency(0, 0, 60));
    rig.camera("l1");
    ApproachSensor loop = rig.loop("l1");
    Map<Double, Double> loopCounts = new HashMap<>();
    rig.afterEachInterval(now -> loopCounts.put(loop.last().from(), loop.last().count()));
    long[] exits = new long[1];
    rig.kernel.bus().subscribe(LinkExited.class, e -> exits[0] += e.link() == 1 ? 1 : 0);
    List<CameraInterval> out = rig.run().cameras();
    assertEquals(120, out.size());
    for (CameraInterval c : out) {
      assertEquals(c.truth().total(), loopCounts.get(c.from()), "interval from " + c.from());
    }
    assertTrue(Stats.truth(out) > 4000);
    assertTrue(Stats.observed(out) != Stats.truth(out), "the camera errs; the loop does not");
    assertEquals(exits[0], Stats.truth(out), "every crossing was in a closed interval");
  }

  @Test
  void sameSeed_sameReadings_otherSeed_otherReadings() throws Exception {
    record Run(SensorOutputs out, List<Double> views) {}
    java.util.function.LongFunction<Run> run = seed -> {
      try {
        SensorRig rig = new SensorRig(SensorRig.freeCorridor(2),
            SensorRig.poisson(1, 0, 2 * H, 3), 0, 2 * H, seed, withLatency(0, 0.1, 60));
        ApproachSensor camera = rig.camera("l0");
        List<Double> views = new ArrayList<>();
        for (double t = 5; t < 2 * H; t += 13) {
          rig.at(t, now -> {
            views.add(camera.vehicles());
            views.add(camera.queue());
          });
        }
        return new Run(rig.run(), views);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    };
    Run a = run.apply(42);
    Run b = run.apply(42);
    Run c = run.apply(43);
    assertEquals(a.out(), b.out());
    assertEquals(a.views(), b.views());
    assertNotEquals(a.out(), c.out());
  }

  @Test
  void countsDependNeitherOnOtherCamerasNorOnHowOftenTheCameraIsQueried() throws Exception {
    double[] departures = SensorRig.poisson(1, 0, H - 200, 3);
    SensorRig alone = new SensorRig(SensorRig.freeCorridor(3), departures, 0, H, 3,
        withLatency(0, 0, 60));
    alone.camera("l1");
    SensorRig crowded = new SensorRig(SensorRig.freeCorridor(3), departures, 0, H, 3,
        withLatency(0, 0, 60));
    ApproachSensor first = crowded.camera("l0");
    crowded.camera("l1");
    for (double t = 1; t < H; t += 1) {
      crowded.at(t, now -> first.vehicles());
    }
    List<CameraInterval> l1Alone = alone.run().cameras();
    List<CameraInterval> both = crowded.run().cameras();
    assertEquals(l1Alone, both.stream().filter(c -> c.link().equals("l1")).toList());
    // The same vehicles have the same classes at both cameras.
    List<CameraInterval> l0 = both.stream().filter(c -> c.link().equals("l0")).toList();
    for (VehicleClass v : VehicleClass.values()) {
      assertEquals(Stats.truth(l0, v), Stats.truth(l1Alone, v), v + " at l0 and l1");
    }
    assertEquals("l0", both.get(0).link(), "outputs are in network order");
  }

  @Test
  void sensors_areSharedPerLinkAndKind_andUnknownLinksRefused() throws Exception {
    SensorRig rig = new SensorRig(SensorRig.freeCorridor(2), new double[0], 0, 60, 1,
        SensorSpec.defaults());
    assertSame(rig.camera("l0"), rig.camera("l0"));
    assertNotEquals(rig.camera("l0"), rig.loop("l0"));
    assertEquals(SensorKind.CAMERA, rig.camera("l0").kind());
    assertThrows(IllegalArgumentException.class, () -> rig.camera("nope"));
  }
}
