package org.citysim.app.sweep.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MorrisDesignTest {
  @Test
  void eachStepMovesItsParameterByDelta_andStaysOnTheGrid() {
    int k = 5;
    int r = 30;
    int p = 6;
    MorrisDesign design = new MorrisDesign(r, p);
    DesignPlan plan = design.plan(LatinHypercubeTest.unitRanges(k), 11);
    DesignPlan.Morris m = (DesignPlan.Morris) plan.structure();
    assertEquals(r, m.r());
    assertEquals(k, m.k());
    assertEquals(p, m.gridLevels());
    assertEquals(6.0 / 10.0, m.delta(), 1e-15);
    assertEquals(r * (k + 1), plan.points().size());
    assertEquals(r * (k + 1), design.pointCount(k));
    Set<Integer> ups = new HashSet<>();
    for (int t = 0; t < r; t++) {
      int[] order = m.order()[t].clone();
      Arrays.sort(order);
      assertArrayEquals(new int[] {0, 1, 2, 3, 4}, order, "order of trajectory " + t);
      for (int s = 0; s <= k; s++) {
        for (double u : plan.points().get(t * (k + 1) + s).unit()) {
          assertTrue(u >= 0 && u <= 1, "in the cube");
          double level = u * (p - 1);
          assertEquals(Math.rint(level), level, 1e-9, "on the grid");
        }
      }
      for (int s = 1; s <= k; s++) {
        double[] before = plan.points().get(t * (k + 1) + s - 1).unit();
        double[] after = plan.points().get(t * (k + 1) + s).unit();
        int j = m.order()[t][s - 1];
        for (int c = 0; c < k; c++) {
          if (c == j) {
            assertEquals(m.delta(), Math.abs(after[c] - before[c]), 1e-12);
            ups.add(after[c] > before[c] ? 1 : -1);
          } else {
            assertEquals(before[c], after[c], "step " + s + " moves only parameter " + j);
          }
        }
      }
    }
    assertEquals(Set.of(1, -1), ups, "steps go both ways");
  }

  @Test
  void sameSeed_samePlan() {
    DesignPlan a = new MorrisDesign(4, 4).plan(LatinHypercubeTest.unitRanges(3), 5);
    DesignPlan b = new MorrisDesign(4, 4).plan(LatinHypercubeTest.unitRanges(3), 5);
    for (int i = 0; i < a.points().size(); i++) {
      assertArrayEquals(a.points().get(i).unit(), b.points().get(i).unit());
    }
    assertArrayEquals(((DesignPlan.Morris) a.structure()).order(),
        ((DesignPlan.Morris) b.structure()).order());
  }
}
