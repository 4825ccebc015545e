package org.citysim.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citysim.reports.sweep.KpiStats;
import org.citysim.reports.sweep.ParameterValues;
import org.citysim.reports.sweep.PointSummary;
import org.citysim.reports.sweep.SweepSummary;
import org.junit.jupiter.api.Test;

class EffectPlanTest {
  private static SweepSummary sweep(List<String> params, List<List<Object>> values) {
    List<PointSummary> points = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      double mean = 10 + i;
      points.add(new PointSummary(i, values.get(i), 2, 0,
          Map.of("k", new KpiStats(2, mean, 1, mean - 1, mean + 1))));
    }
    return new SweepSummary("s", "x.yaml", "d", params, List.of("k"), 2, 1, 2 * values.size(),
        0, points, List.of(), List.of(), List.of(), "v");
  }

  private static EffectPlan plan(SweepSummary s, int index) {
    return EffectPlan.of(s, "k", "s", ParameterValues.all(s), index).orElseThrow();
  }

  @Test
  void onlyThisNumericParameterVaries_aLineJoinsTheMeans_noDodge() {
    SweepSummary s = sweep(List.of("a", "b"), List.of(List.of(2.0, "x"), List.of(1.0, "x"),
        List.of(3.0, "x")));
    EffectPlan p = plan(s, 0);
    assertTrue(p.connected());
    assertFalse(p.dodged());
    assertEquals(List.of(2.0, 1.0, 3.0), p.items().stream().map(EffectPlan.Item::x).toList());
    assertFalse(p.caption().contains("scatter"));
    assertTrue(p.caption().contains("The line joins the means in order of a."));
  }

  @Test
  void otherParametersVary_scatterSpreadSidewaysWithinHalfTheGap() {
    SweepSummary s = sweep(List.of("a", "b"), List.of(List.of(1.0, "x"), List.of(1.0, "y"),
        List.of(3.0, "x"), List.of(3.0, "y")));
    EffectPlan p = plan(s, 0);
    assertFalse(p.connected());
    assertTrue(p.dodged());
    // Gap 2, so each value's points spread over 1: at -0.25 and +0.25 of it.
    assertEquals(List.of(0.75, 1.25, 2.75, 3.25),
        p.items().stream().map(EffectPlan.Item::x).toList());
    assertTrue(p.caption().contains("Another parameter varies too (b), so this is a scatter"),
        p.caption());
    assertTrue(p.caption().contains("(the shift is not a change of a)"), p.caption());
  }

  @Test
  void choiceParameter_categoriesInDesignOrder() {
    SweepSummary s = sweep(List.of("c"), List.of(List.of("pid"), List.of("fixed"),
        List.of("pid")));
    ParameterValues c = ParameterValues.all(s).get(0);
    assertFalse(c.numeric());
    assertEquals(List.of("pid", "fixed"), c.choices());
    EffectPlan p = plan(s, 0);
    assertFalse(p.connected());
    assertEquals(List.of(-0.125, 1.0, 0.125), p.items().stream().map(EffectPlan.Item::x)
        .toList());
  }

  @Test
  void manyPoints_curveGetsABand_scatterLeavesItsBarsOutAndSaysSo() {
    List<List<Object>> curve = new ArrayList<>();
    List<List<Object>> scatter = new ArrayList<>();
    for (int i = 0; i <= EffectPlan.MAX_BARS; i++) {
      curve.add(List.of((double) i, "x"));
      scatter.add(List.of((double) i, i % 2 == 0 ? "x" : "y"));
    }
    EffectPlan band = plan(sweep(List.of("a", "b"), curve), 0);
    assertTrue(band.band());
    assertFalse(band.bars());
    assertTrue(band.caption().contains("as a shaded band"), band.caption());
    EffectPlan cloud = plan(sweep(List.of("a", "b"), scatter), 0);
    assertFalse(cloud.band());
    assertFalse(cloud.bars());
    assertTrue(cloud.caption().contains("With 501 points the interval bars are left out"),
        cloud.caption());
    EffectPlan few = plan(sweep(List.of("a", "b"), scatter.subList(0, EffectPlan.MAX_BARS)), 0);
    assertTrue(few.bars());
  }

  @Test
  void slug_keepsOnlySafeCharactersAndIsShort() {
    assertEquals("a_b_.._c", SweepCharts.slug("a/b\\..<c"));
    assertEquals(40, SweepCharts.slug("x".repeat(100)).length());
  }
}
