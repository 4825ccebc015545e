package org.citysim.app.sweep.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.citysim.app.sweep.Parameter;
import org.citysim.app.sweep.design.DesignPlan;
import org.citysim.app.sweep.design.DesignPoint;
import org.citysim.app.sweep.design.SaltelliSobol;
import org.citysim.reports.sweep.SobolIndex;
import org.junit.jupiter.api.Test;

class SobolAnalysisTest {
  private static final List<String> XYZ = List.of("x1", "x2", "x3");

  private static List<Parameter> ranges(double min, double max, int k) {
    List<Parameter> ps = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      ps.add(new Parameter.Range(XYZ.get(j), min, max, false, 2));
    }
    return ps;
  }

  /** Ishigami and Homma (1990) with a = 7, b = 0.1, on [-pi, pi]^3. */
  private static double ishigami(DesignPoint p) {
    double x1 = Outcomes.x(p, 0);
    double x2 = Outcomes.x(p, 1);
    double x3 = Outcomes.x(p, 2);
    return Math.sin(x1) + 7 * Math.pow(Math.sin(x2), 2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
  }

  private static List<SobolIndex> analyse(DesignPlan plan, double[] y) {
    return new SobolAnalysis(SobolAnalysis.RESAMPLES)
        .analyse("y", XYZ, (DesignPlan.Saltelli) plan.structure(), y, 99);
  }

  private static void assertIndex(SobolIndex s, double first, double total, double tolerance) {
    String where = s.parameter() + ": " + s;
    assertEquals(first, s.first(), tolerance, where);
    assertEquals(total, s.total(), tolerance, where);
    // The intervals treat the quasi-random rows as independent, so they are wider than the
    // estimates' actual error and hold the true values.
    assertTrue(s.firstLow() <= first && first <= s.firstHigh(), where);
    assertTrue(s.totalLow() <= total && total <= s.totalHigh(), where);
    assertTrue(s.firstLow() <= s.first() && s.first() <= s.firstHigh(), where);
    assertTrue(s.totalLow() <= s.total() && s.total() <= s.totalHigh(), where);
  }

  @Test
  void ishigami_givesTheAnalyticIndices() {
    double a = 7;
    double b = 0.1;
    double pi4 = Math.pow(Math.PI, 4);
    double pi8 = pi4 * pi4;
    double v1 = 0.5 * Math.pow(1 + b * pi4 / 5, 2);
    double v2 = a * a / 8;
    double v13 = b * b * pi8 * 8 / 225;
    double v = v1 + v2 + v13;
    double[] s1 = {v1 / v, v2 / v, 0};
    double[] st = {(v1 + v13) / v, v2 / v, v13 / v};
    assertEquals(0.3139, s1[0], 1e-4);
    assertEquals(0.4424, s1[1], 1e-4);
    assertEquals(0.5576, st[0], 1e-4);
    assertEquals(0.2437, st[2], 1e-4);

    DesignPlan plan = new SaltelliSobol(4096).plan(ranges(-Math.PI, Math.PI, 3), 0);
    List<SobolIndex> indices = analyse(plan, Outcomes.outputs(plan, SobolAnalysisTest::ishigami));
    for (int j = 0; j < 3; j++) {
      assertIndex(indices.get(j), s1[j], st[j], 0.01);
    }
  }

  @Test
  void linearAdditive_firstEqualsTotal_theNormalisedSquaredCoefficients() {
    double[] c = {1, -2, 3};
    ToDoubleFunction<DesignPoint> f = p ->
        10 + c[0] * Outcomes.x(p, 0) + c[1] * Outcomes.x(p, 1) + c[2] * Outcomes.x(p, 2);
    DesignPlan plan = new SaltelliSobol(1024).plan(ranges(0, 1, 3), 0);
    List<SobolIndex> indices = analyse(plan, Outcomes.outputs(plan, f));
    for (int j = 0; j < 3; j++) {
      double share = c[j] * c[j] / 14;
      assertIndex(indices.get(j), share, share, 0.01);
    }
  }

  @Test
  void failedRuns_dropTheirWholeBaseRows_andTheEstimatesHold() {
    DesignPlan plan = new SaltelliSobol(4096).plan(ranges(-Math.PI, Math.PI, 3), 0);
    double[] y = Outcomes.outputs(plan, SobolAnalysisTest::ishigami);
    List<SobolIndex> full = analyse(plan, y);
    // Every 7th point fails: 5 in 7 base rows of 5 points lose a run and are dropped.
    for (int i = 0; i < y.length; i += 7) {
      y[i] = Double.NaN;
    }
    List<SobolIndex> holed = analyse(plan, y);
    for (int j = 0; j < 3; j++) {
      SobolIndex s = holed.get(j);
      assertTrue(Double.isFinite(s.first()) && Double.isFinite(s.totalHigh()), s.toString());
      assertEquals(full.get(j).first(), s.first(), 0.05, s.toString());
      assertEquals(full.get(j).total(), s.total(), 0.05, s.toString());
      double widthFull = full.get(j).totalHigh() - full.get(j).totalLow();
      assertTrue(s.totalHigh() - s.totalLow() > widthFull, "fewer rows, wider interval");
    }
  }

  @Test
  void constantOutput_orTooFewRows_givesNaN() {
    DesignPlan plan = new SaltelliSobol(8).plan(ranges(0, 1, 3), 0);
    for (SobolIndex s : analyse(plan, Outcomes.outputs(plan, p -> 3.3))) {
      assertTrue(Double.isNaN(s.first()) && Double.isNaN(s.totalLow()), s.toString());
    }
    double[] y = new double[plan.points().size()];
    java.util.Arrays.fill(y, Double.NaN);
    y[0] = 1;
    for (SobolIndex s : analyse(plan, y)) {
      assertTrue(Double.isNaN(s.total()), s.toString());
    }
  }
}
