package org.citysim.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class EventQueueTest {

  record Ev(double time, int priority, long seq) {}

  @Property(tries = 200)
  void popsInTimeThenPriorityThenInsertionOrder(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3000) int n) {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
    EventQueue q = new EventQueue(4);
    PriorityQueue<Ev> reference = new PriorityQueue<>(Comparator.comparingDouble(Ev::time)
        .thenComparingInt(Ev::priority).thenComparingLong(Ev::seq));
    long seq = 0;
    List<Long> got = new ArrayList<>();
    List<Long> want = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // Few distinct times and priorities, so ties are common.
      double t = rnd.nextInt(20);
      int p = rnd.nextInt(3) - 1;
      q.push(t, p, seq);
      reference.add(new Ev(t, p, seq));
      seq++;
      if (rnd.nextInt(3) == 0) {
        got.add(q.pop());
        want.add(reference.poll().seq());
      }
    }
    while (!q.isEmpty()) {
      got.add(q.pop());
      want.add(reference.poll().seq());
    }
    assertEquals(want, got, "seed " + seed);
  }

  @Test
  void lastTime_isTheTimeOfThePoppedEvent() {
    EventQueue q = new EventQueue();
    q.push(5, 0, 1);
    q.push(2, 0, 2);
    assertEquals(2.0, q.peekTime());
    assertEquals(2, q.pop());
    assertEquals(2.0, q.lastTime());
    assertEquals(1, q.pop());
    assertEquals(5.0, q.lastTime());
    assertTrue(q.isEmpty());
    assertEquals(Double.POSITIVE_INFINITY, q.peekTime());
  }

  @Test
  void rejectsNaNTimesAndOutOfRangePriorities() {
    EventQueue q = new EventQueue();
    assertThrows(IllegalArgumentException.class, () -> q.push(Double.NaN, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> q.push(1, 40_000, 0));
    assertThrows(IllegalStateException.class, q::pop);
  }

  @Test
  void popNotAfter_takesOnlyEventsUpToTheLimit() {
    EventQueue q = new EventQueue();
    q.push(5, 0, 50);
    q.push(1, 0, 10);
    assertTrue(q.popNotAfter(3));
    assertEquals(10, q.lastPayload());
    assertEquals(1.0, q.lastTime());
    assertEquals(false, q.popNotAfter(4.99));
    assertEquals(1, q.size());
    assertTrue(q.popNotAfter(5));
    assertEquals(50, q.lastPayload());
    assertEquals(false, q.popNotAfter(100));
  }

  @Property(tries = 100)
  void staysOrderedAcrossRebuilds_withSkewedTimes(@ForAll long seed) {
    // Bursts of equal times, far-future outliers and shrinking and growing sizes make the
    // calendar rebuild with very different widths; the order must not change.
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
    EventQueue q = new EventQueue(4);
    PriorityQueue<Ev> reference = new PriorityQueue<>(Comparator.comparingDouble(Ev::time)
        .thenComparingInt(Ev::priority).thenComparingLong(Ev::seq));
    long seq = 0;
    double now = 0;
    for (int round = 0; round < 6; round++) {
      int pushes = rnd.nextInt(2000);
      for (int i = 0; i < pushes; i++) {
        double t = switch (rnd.nextInt(4)) {
          case 0 -> now;
          case 1 -> now + rnd.nextDouble() * 1e-3;
          case 2 -> now + rnd.nextDouble() * 1e6;
          default -> now + Math.floor(rnd.nextDouble() * 50);
        };
        q.push(t, 0, seq);
        reference.add(new Ev(t, 0, seq++));
      }
      int pops = rnd.nextInt(reference.size() + 1);
      for (int i = 0; i < pops; i++) {
        long want = reference.poll().seq();
        assertEquals(want, q.pop(), "seed " + seed);
        now = q.lastTime();
      }
    }
    while (!reference.isEmpty()) {
      assertEquals(reference.poll().seq(), q.pop(), "seed " + seed);
    }
    assertTrue(q.isEmpty());
  }
}
