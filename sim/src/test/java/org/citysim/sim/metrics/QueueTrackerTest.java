package org.citysim.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QueueTrackerTest {
  @Test
  void halfOpenIntervals_aVehicleLeavingAsAnotherStartsQueueingIsNotCountedTwice() {
    QueueTracker q = new QueueTracker();
    q.entered(10);
    q.entered(20);
    q.left(10, 20); // queued [10, 20)
    q.left(20, 30); // queued [20, 30): never two at once
    assertArrayEquals(new double[] {1, 20}, q.finish(100));
  }

  @Test
  void vehicleLeavingAtItsFreeFlowTime_wasNeverQueued() {
    QueueTracker q = new QueueTracker();
    q.entered(10);
    q.entered(10);
    q.left(10, 10);
    q.left(10, 15);
    assertArrayEquals(new double[] {1, 5}, q.finish(100));
  }

  @Test
  void vehiclesStillQueuedAtTheEnd_countUpToTheEnd_andLaterStartsNotAtAll() {
    QueueTracker q = new QueueTracker();
    q.entered(10);
    q.entered(50);
    q.entered(150);
    assertArrayEquals(new double[] {2, 90 + 50}, q.finish(100));
  }

  @Test
  void agreesWithAFineSweepOnRandomIntervals() {
    // Brute force: count the queue every 0.5 s on integer times, where starts and ends lie.
    Random rnd = new Random(4);
    for (int round = 0; round < 50; round++) {
      List<int[]> intervals = new ArrayList<>();
      int enter = 0;
      for (int i = 0; i < 30; i++) {
        enter += rnd.nextInt(4);
        int s = enter + rnd.nextInt(5);
        intervals.add(new int[] {s, s + rnd.nextInt(8)});
      }
      QueueTracker q = new QueueTracker();
      intervals.sort((a, b) -> Integer.compare(a[0], b[0]));
      for (int[] iv : intervals) {
        q.entered(iv[0]);
      }
      // Exits in time order, as the kernel delivers them.
      List<int[]> byExit = new ArrayList<>(intervals);
      byExit.sort((a, b) -> Integer.compare(a[1], b[1]));
      int end = 200;
      for (int[] iv : byExit) {
        q.left(iv[0], iv[1]);
      }
      int max = 0;
      double integral = 0;
      for (int t2 = 0; t2 <= 2 * end; t2++) {
        double t = t2 / 2.0;
        int n = 0;
        for (int[] iv : intervals) {
          if (iv[0] <= t && t < iv[1]) {
            n++;
          }
        }
        max = Math.max(max, n);
        integral += t2 < 2 * end ? n * 0.5 : 0;
      }
      assertArrayEquals(new double[] {max, integral}, q.finish(end), 1e-9, "round " + round);
    }
  }
}
