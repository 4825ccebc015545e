package org.citysim.sim.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.sensor.ApproachSensor;
import org.citysim.sim.sensor.SensorKind;
import org.citysim.sim.sensor.SensorReading;
import org.junit.jupiter.api.Test;

/** Slot aggregation on hand-made readings, where every expected value is worked out exactly. */
class SlotSamplerTest {
  private static final double START = 7 * 3600;
  private static final double FREE = 13.5;

  /** One sensor, 300 s slots of five 60 s readings, every slot sent to {@code out}. */
  private static SlotSampler sampler(int sensors, int history, List<float[][]> out) {
    double[] free = new double[sensors];
    java.util.Arrays.fill(free, FREE);
    SlotSampler s = new SlotSampler(START, 300, free, 0.5, history);
    s.onSlot((k, v) -> {
      assertEquals(out.size(), k, "slots close in order, each once");
      out.add(v);
    });
    return s;
  }

  private static SensorReading reading(int minute, double count, double occupancy, double speed,
      boolean valid) {
    double from = START + 60 * minute;
    return new SensorReading(from, from + 60, count, occupancy, speed, valid);
  }

  @Test
  void fullSlot_flowIsHourlyRate_speedCountWeighted_occupancyTimeWeighted() {
    List<float[][]> out = new ArrayList<>();
    SlotSampler s = sampler(1, 1, out);
    s.accept(0, reading(0, 2, 0.25, 10, true));
    s.accept(0, reading(1, 6, 0.50, 5, true));
    s.accept(0, reading(2, 0, 0.00, Double.NaN, true));
    s.accept(0, reading(3, 4, 0.25, 8, true));
    assertEquals(0, out.size(), "the slot is not over until its last reading");
    s.accept(0, reading(4, 3, 1.00, 12, true));
    assertEquals(1, out.size());
    float[] v = out.get(0)[0];
    // 15 vehicles in 300 s; speed (2*10 + 6*5 + 4*8 + 3*12) / 15; occupancy mean of the five.
    assertEquals(15 * 3600 / 300.0, v[0], 0);
    assertEquals((float) ((20 + 30 + 32 + 36) / 15.0), v[1], 0);
    assertEquals((float) (2.0 / 5), v[2], 0);
    assertEquals(SlotSampler.FEATURES, List.of(SensorDataset.Feature.FLOW,
        SensorDataset.Feature.SPEED, SensorDataset.Feature.OCCUPANCY));
  }

  @Test
  void twoLostReadings_valuesComeFromTheOtherThree() {
    List<float[][]> out = new ArrayList<>();
    SlotSampler s = sampler(1, 1, out);
    s.accept(0, reading(0, 4, 0.5, 10, true));
    s.accept(0, reading(1, 99, 0.9, 1, false));
    s.accept(0, reading(2, 2, 0.25, 4, true));
    s.accept(0, reading(3, 99, 0.9, 1, false));
    s.accept(0, reading(4, 0, 0.0, Double.NaN, true));
    float[] v = out.get(0)[0];
    assertEquals(6 * 3600 / 180.0, v[0], 1e-4, "6 vehicles over the 180 valid seconds");
    assertEquals((float) ((40 + 8) / 6.0), v[1], 0);
    assertEquals((float) (0.75 / 3), v[2], 0);
  }

  @Test
  void threeLostReadings_slotIsNaN() {
    List<float[][]> out = new ArrayList<>();
    SlotSampler s = sampler(1, 1, out);
    s.accept(0, reading(0, 4, 0.5, 10, true));
    s.accept(0, reading(1, 4, 0.5, 10, false));
    s.accept(0, reading(2, 4, 0.5, 10, false));
    s.accept(0, reading(3, 4, 0.5, 10, false));
    s.accept(0, reading(4, 4, 0.5, 10, true));
    for (float x : out.get(0)[0]) {
      assertTrue(Float.isNaN(x), "less than half the slot covered: " + x);
    }
  }

  @Test
  void nobodyPassed_speedIsTheFreeSpeed() {
    List<float[][]> out = new ArrayList<>();
    SlotSampler s = sampler(1, 1, out);
    for (int m = 0; m < 5; m++) {
      s.accept(0, reading(m, 0, 0, Double.NaN, true));
    }
    assertArrayEquals(new float[] {0, (float) FREE, 0}, out.get(0)[0]);
  }

  @Test
  void slotClosesOnlyOnceEverySensorPassedIt_andCloseUntilForcesTheRest() {
    List<float[][]> out = new ArrayList<>();
    SlotSampler s = sampler(2, 1, out);
    for (int m = 0; m < 5; m++) {
      s.accept(0, reading(m, 1, 0.1, 10, true));
    }
    assertEquals(0, out.size(), "sensor 1 has not reported yet");
    for (int m = 0; m < 3; m++) {
      s.accept(1, reading(m, 2, 0.2, 5, true));
    }
    assertEquals(0, s.closeUntil(START + 299), "no slot ends by then");
    assertEquals(1, s.closeUntil(START + 300));
    assertEquals(60, out.get(0)[0][0], 1e-4, "5 vehicles in 300 s");
    assertEquals(2 * 3 * 3600 / 180.0, out.get(0)[1][0], 1e-4, "three readings: 60 % cover");
    s.accept(1, reading(3, 2, 0.2, 5, true));
    assertEquals(1, out.size(), "a reading for a closed slot is dropped");
    assertEquals(START + 300, s.closedUntil());
  }

  @Test
  void poll_takesEachReadingOnce() {
    List<float[][]> out = new ArrayList<>();
    SlotSampler s = sampler(1, 1, out);
    FakeSensor f = new FakeSensor();
    s.poll(List.of(f));
    for (int m = 0; m < 5; m++) {
      f.last = reading(m, 1, 0.1, 10, true);
      s.poll(List.of(f));
      s.poll(List.of(f)); // polled twice in one interval: the same reading is not added again
    }
    assertEquals(60, out.get(0)[0][0], 1e-4, "5 vehicles in 300 s");
  }

  @Test
  void history_isOldestFirst_withNaNBeforeTheFirstSlots() {
    SlotSampler s = sampler(1, 3, new ArrayList<>());
    float[][][] h = s.history();
    assertEquals(3, h.length);
    assertTrue(Float.isNaN(h[2][0][0]));
    for (int k = 0; k < 4; k++) {
      for (int m = 0; m < 5; m++) {
        s.accept(0, reading(5 * k + m, k + 1, 0, 10, true));
      }
    }
    h = s.history();
    assertEquals(4, s.closedSlots());
    // Slots 1, 2, 3 carry 5 x 2, 5 x 3, 5 x 4 vehicles in 300 s.
    assertEquals(120, h[0][0][0], 1e-4);
    assertEquals(180, h[1][0][0], 1e-4);
    assertEquals(240, h[2][0][0], 1e-4);
    h[2][0][0] = -1;
    assertEquals(240, s.history()[2][0][0], 1e-4, "a fresh array each time");
  }

  @Test
  void readingLongerThanASlot_isRefused() {
    SlotSampler s = sampler(1, 1, new ArrayList<>());
    assertThrows(IllegalArgumentException.class,
        () -> s.accept(0, new SensorReading(START, START + 600, 1, 0, 1, true)));
  }

  private static final class FakeSensor implements ApproachSensor {
    SensorReading last;

    @Override
    public String link() {
      return "a";
    }

    @Override
    public SensorKind kind() {
      return SensorKind.LOOP;
    }

    @Override
    public SensorReading last() {
      return last;
    }

    @Override
    public double vehicles() {
      return 0;
    }

    @Override
    public double queue() {
      return 0;
    }

    @Override
    public double lastPassage() {
      return Double.NEGATIVE_INFINITY;
    }

    @Override
    public boolean droppedOut() {
      return false;
    }
  }
}
