package org.citysim.app.sweep.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.citysim.app.sweep.Parameter;
import org.junit.jupiter.api.Test;

class SaltelliSobolTest {
  @Test
  void rowsAreABThenEachABj_withColumnJFromB() {
    int k = 3;
    int n = 64;
    DesignPlan plan = new SaltelliSobol(n).plan(LatinHypercubeTest.unitRanges(k), 1);
    assertEquals(new DesignPlan.Saltelli(n, k), plan.structure());
    assertEquals(n * (k + 2), plan.points().size());
    assertEquals(n * (k + 2), new SaltelliSobol(n).pointCount(k));
    for (int i = 0; i < n; i++) {
      double[] a = plan.points().get(i * (k + 2)).unit();
      double[] b = plan.points().get(i * (k + 2) + 1).unit();
      assertFalse(Arrays.equals(a, b), "A and B are different halves of the sequence");
      for (int j = 0; j < k; j++) {
        double[] ab = plan.points().get(i * (k + 2) + 2 + j).unit();
        for (int c = 0; c < k; c++) {
          assertEquals(c == j ? b[c] : a[c], ab[c], "row " + i + ", AB_" + j + ", column " + c);
        }
      }
    }
  }

  @Test
  void baseRowsAreTheSobolSequence_fromThePowerOfTwoNotBelowN() {
    assertEquals(256, SaltelliSobol.skipped(256));
    assertEquals(512, SaltelliSobol.skipped(300));
    assertEquals(2, SaltelliSobol.skipped(2));
    int k = 2;
    DesignPlan plan = new SaltelliSobol(5).plan(LatinHypercubeTest.unitRanges(k), 0);
    SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
    for (int s = 0; s < 8; s++) {
      sobol.nextVector();
    }
    for (int i = 0; i < 5; i++) {
      double[] row = sobol.nextVector();
      assertArrayEquals(Arrays.copyOfRange(row, 0, k), plan.points().get(i * 4).unit());
      assertArrayEquals(Arrays.copyOfRange(row, k, 2 * k), plan.points().get(i * 4 + 1).unit());
    }
  }

  @Test
  void valuesMapTheUnitCoordinates_throughTheParameters() {
    List<Parameter> ps = List.of(new Parameter.Range("a", 10, 20, false, 2),
        new Parameter.Levels("b", List.of("x", "y", "z")));
    DesignPlan plan = new SaltelliSobol(16).plan(ps, 0);
    for (DesignPoint p : plan.points()) {
      assertEquals(ps.get(0).at(p.unit()[0]), p.values().get(0));
      assertEquals(ps.get(1).at(p.unit()[1]), p.values().get(1));
    }
  }
}
