package org.citysim.app.sweep.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.citysim.app.sweep.Parameter;
import org.junit.jupiter.api.Test;

class LatinHypercubeTest {
  static List<Parameter> unitRanges(int k) {
    List<Parameter> ps = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      ps.add(new Parameter.Range("p" + j, 0, 1, false, 2));
    }
    return ps;
  }

  @Property(tries = 200)
  void everyStratumHoldsExactlyOnePoint_inEveryParameter(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 60) int points, @ForAll @IntRange(min = 1, max = 6) int k) {
    DesignPlan plan = new LatinHypercube(points).plan(unitRanges(k), seed);
    assertEquals(points, plan.points().size());
    for (int j = 0; j < k; j++) {
      int[] hits = new int[points];
      for (DesignPoint p : plan.points()) {
        double u = p.unit()[j];
        assertTrue(u >= 0 && u < 1, "seed " + seed + ": u = " + u);
        hits[(int) Math.floor(u * points)]++;
        assertEquals(u, (Double) p.values().get(j), 0.0, "values follow the unit point");
      }
      int[] once = new int[points];
      Arrays.fill(once, 1);
      assertArrayEquals(once, hits, "seed " + seed + ", parameter " + j);
    }
  }

  @Test
  void sameSeed_samePoints_otherSeed_otherPoints() {
    List<Parameter> ps = unitRanges(3);
    DesignPlan a = new LatinHypercube(20).plan(ps, 7);
    DesignPlan b = new LatinHypercube(20).plan(ps, 7);
    DesignPlan c = new LatinHypercube(20).plan(ps, 8);
    boolean differs = false;
    for (int i = 0; i < 20; i++) {
      assertArrayEquals(a.points().get(i).unit(), b.points().get(i).unit());
      differs |= !Arrays.equals(a.points().get(i).unit(), c.points().get(i).unit());
    }
    assertTrue(differs);
  }

  @Test
  void randomDesign_staysInTheCube_andRepeatsBySeed() {
    List<Parameter> ps = unitRanges(4);
    DesignPlan a = new RandomDesign(50).plan(ps, 3);
    DesignPlan b = new RandomDesign(50).plan(ps, 3);
    assertEquals(50, a.points().size());
    assertFalse(Arrays.equals(a.points().get(0).unit(), a.points().get(1).unit()));
    for (int i = 0; i < 50; i++) {
      assertArrayEquals(a.points().get(i).unit(), b.points().get(i).unit());
      for (double u : a.points().get(i).unit()) {
        assertTrue(u >= 0 && u < 1);
      }
    }
  }
}
