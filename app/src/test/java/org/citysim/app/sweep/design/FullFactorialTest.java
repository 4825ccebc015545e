package org.citysim.app.sweep.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.citysim.app.sweep.Parameter;
import org.junit.jupiter.api.Test;

class FullFactorialTest {
  private static final Parameter RATE = new Parameter.Range("demand.rate", 100, 300, false, 3);
  private static final Parameter MODE =
      new Parameter.Levels("control.mode", List.of("fixed", "pid"));
  private static final Parameter ONLY = new Parameter.Levels("seed.base", List.of(7.0));

  @Test
  void everyCombination_lastParameterFastest() {
    DesignPlan plan = new FullFactorial().plan(List.of(RATE, MODE), 42);
    assertInstanceOf(DesignPlan.Plain.class, plan.structure());
    assertEquals(6, plan.points().size());
    assertEquals(6, FullFactorial.pointCount(List.of(RATE, MODE)));
    List<List<Object>> expected = List.of(
        List.of(100.0, "fixed"), List.of(100.0, "pid"),
        List.of(200.0, "fixed"), List.of(200.0, "pid"),
        List.of(300.0, "fixed"), List.of(300.0, "pid"));
    for (int i = 0; i < 6; i++) {
      DesignPoint p = plan.points().get(i);
      assertEquals(i, p.index());
      assertEquals(expected.get(i), p.values(), "point " + i);
    }
    assertArrayEquals(new double[] {0.5, 1.0}, plan.points().get(3).unit());
    assertArrayEquals(new double[] {1.0, 0.0}, plan.points().get(4).unit());
  }

  @Test
  void singleLevel_sitsAtUnitZero_andMultipliesNothing() {
    DesignPlan plan = new FullFactorial().plan(List.of(ONLY, MODE), 0);
    assertEquals(2, plan.points().size());
    assertArrayEquals(new double[] {0.0, 1.0}, plan.points().get(1).unit());
    assertEquals(List.of(7.0, "pid"), plan.points().get(1).values());
  }
}
