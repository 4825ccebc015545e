package org.citysim.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.citysim.sim.random.RandomStreams;
import org.junit.jupiter.api.Test;

class KernelTest {
  private static Kernel kernel(double start, double end) {
    return new Kernel(start, end, new RandomStreams(7, 0));
  }

  @Test
  void run_stopsAtEndTimeWithLaterEventsPending() {
    Kernel k = kernel(0, 100);
    List<Double> seen = new ArrayList<>();
    k.schedule(50, 0, () -> seen.add(k.now()));
    k.schedule(100, 0, () -> seen.add(k.now()));
    k.schedule(101, 0, () -> seen.add(k.now()));
    assertEquals(EndReason.END_TIME, k.run());
    assertEquals(List.of(50.0, 100.0), seen);
    assertEquals(100.0, k.now());
    assertEquals(1, k.pending());
  }

  @Test
  void run_stopsWhenNothingIsLeft() {
    Kernel k = kernel(0, 1000);
    k.schedule(3, 0, () -> { });
    assertEquals(EndReason.NO_EVENTS, k.run());
    assertEquals(3.0, k.now());
    assertEquals(1, k.eventsProcessed());
  }

  @Test
  void equalTimes_runByPriorityThenInsertion() {
    Kernel k = kernel(0, 10);
    List<String> order = new ArrayList<>();
    k.schedule(5, Priorities.MEASURE, () -> order.add("measure"));
    k.schedule(5, Priorities.TRAFFIC, () -> order.add("traffic-1"));
    k.schedule(5, Priorities.CONTROL, () -> order.add("control"));
    k.schedule(5, Priorities.TRAFFIC, () -> order.add("traffic-2"));
    k.run();
    assertEquals(List.of("control", "traffic-1", "traffic-2", "measure"), order);
  }

  @Test
  void periodicProcess_runsAtExactMultiplesUntilEnd() {
    Kernel k = kernel(0, 1);
    List<Double> steps = new ArrayList<>();
    k.every(0.1, 0.1, 0, steps::add);
    k.run();
    assertEquals(10, steps.size());
    assertEquals(0.1 + 9 * 0.1, steps.get(9), 0);
  }

  @Test
  void handlers_receiveTheirArgument() {
    Kernel k = kernel(0, 10);
    List<Integer> args = new ArrayList<>();
    int h = k.register(args::add);
    k.schedule(2, 0, h, -5);
    k.schedule(1, 0, h, 42);
    k.run();
    assertEquals(List.of(42, -5), args);
  }

  @Test
  void schedulingInThePast_isRejected() {
    Kernel k = kernel(0, 10);
    k.schedule(5, 0, () -> assertThrows(IllegalArgumentException.class,
        () -> k.schedule(4, 0, () -> { })));
    k.run();
    assertEquals(5.0, k.now());
  }
}
