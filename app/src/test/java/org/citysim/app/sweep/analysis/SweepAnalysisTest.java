package org.citysim.app.sweep.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.citysim.app.sweep.Parameter;
import org.citysim.app.sweep.RunOutcome;
import org.citysim.app.sweep.design.DesignPlan;
import org.citysim.app.sweep.design.FullFactorial;
import org.citysim.app.sweep.design.MorrisDesign;
import org.citysim.app.sweep.design.SaltelliSobol;
import org.citysim.reports.sweep.KpiStats;
import org.citysim.reports.sweep.PointSummary;
import org.citysim.reports.sweep.SweepSummary;
import org.junit.jupiter.api.Test;

class SweepAnalysisTest {
  private static final List<Parameter> RATE_MODE = List.of(
      new Parameter.Range("rate", 100, 200, false, 2),
      new Parameter.Levels("mode", List.of("fixed", "pid")));

  private static SweepSummary summarise(List<Parameter> ps, DesignPlan plan, String design,
      int replications, List<RunOutcome> outcomes) {
    return SweepAnalysis.summarise("test", "base.yaml", design, ps, plan, List.of("y", "z"),
        replications, 5, outcomes, "0.1.0 (abc)");
  }

  @Test
  void pointsGetStatsOverCompletedReplications_failuresCounted_orderIrrelevant() {
    DesignPlan plan = new FullFactorial().plan(RATE_MODE, 0);
    List<RunOutcome> outcomes = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      for (int r = 0; r < 3; r++) {
        if (p == 1 && r == 2) {
          outcomes.add(Outcomes.failed(p, r));
        } else if (!(p == 3 && r > 0)) {
          // Point 3 has one run only; "z" is produced at point 0 only.
          outcomes.add(Outcomes.ok(p, r, p == 0 ? Map.of("y", p + r * 0.5, "z", 1.0 * r)
              : Map.of("y", p + r * 0.5)));
        }
      }
    }
    SweepSummary s = summarise(RATE_MODE, plan, "full-factorial", 3, outcomes);
    assertEquals(10, s.runs());
    assertEquals(1, s.failed());
    assertEquals(List.of("rate", "mode"), s.parameters());
    assertTrue(s.sobol().isEmpty() && s.morris().isEmpty() && s.links().isEmpty());
    PointSummary p1 = s.points().get(1);
    assertEquals(List.of(100.0, "pid"), p1.values());
    assertEquals(3, p1.runs());
    assertEquals(1, p1.failed());
    KpiStats y1 = p1.kpis().get("y");
    assertEquals(2, y1.n());
    assertEquals(1.25, y1.mean(), 1e-12);
    assertEquals(Map.of("y", KpiStatistics.of(new double[] {3})), s.points().get(3).kpis());
    assertEquals(3, s.points().get(0).kpis().get("z").n());

    Collections.shuffle(outcomes, new Random(3));
    assertEquals(s, summarise(RATE_MODE, plan, "full-factorial", 3, outcomes));
  }

  @Test
  void retriedRun_completedOutcomeWins() {
    DesignPlan plan = new FullFactorial().plan(RATE_MODE, 0);
    List<RunOutcome> outcomes = List.of(Outcomes.failed(0, 0), Outcomes.ok(0, 0, Map.of("y", 2.0)));
    SweepSummary s = summarise(RATE_MODE, plan, "full-factorial", 1, outcomes);
    assertEquals(1, s.runs());
    assertEquals(0, s.failed());
    assertEquals(2.0, s.points().get(0).kpis().get("y").mean());
    assertEquals(0, s.points().get(1).runs());
    assertTrue(s.points().get(1).kpis().isEmpty());
  }

  @Test
  void outcomeOutsideThePlan_isRefused() {
    DesignPlan plan = new FullFactorial().plan(RATE_MODE, 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> summarise(RATE_MODE, plan, "full-factorial", 2,
            List.of(Outcomes.ok(0, 2, Map.of("y", 1.0)))));
    assertTrue(e.getMessage().contains("0/2"), e.getMessage());
  }

  @Test
  void sobolPlan_analysesTheReplicationMeans_perKpi() {
    List<Parameter> ps = Outcomes.unitRanges(List.of("a", "b"));
    DesignPlan plan = new SaltelliSobol(256).plan(ps, 0);
    List<RunOutcome> outcomes = new ArrayList<>();
    for (var p : plan.points()) {
      double a = Outcomes.x(p, 0);
      double b = Outcomes.x(p, 1);
      // Noise of opposite sign in the two replications: the means are exactly a + 2b.
      outcomes.add(Outcomes.ok(p.index(), 0, Map.of("y", a + 2 * b + 0.3, "z", b)));
      outcomes.add(Outcomes.ok(p.index(), 1, Map.of("y", a + 2 * b - 0.3, "z", b)));
    }
    SweepSummary s = summarise(ps, plan, "sobol", 2, outcomes);
    assertEquals(4, s.sobol().size());
    assertEquals("y", s.sobol().get(0).kpi());
    assertEquals("b", s.sobol().get(1).parameter());
    assertEquals(0.2, s.sobol().get(0).first(), 0.02);
    assertEquals(0.8, s.sobol().get(1).total(), 0.02);
    assertEquals(0, s.sobol().get(2).total(), 1e-12, "z does not depend on a");
    assertEquals(1, s.sobol().get(3).first(), 0.02);
  }

  @Test
  void morrisPlan_givesEffectsPerKpi_failedRunsLeftOut() {
    List<Parameter> ps = Outcomes.unitRanges(List.of("a", "b"));
    DesignPlan plan = new MorrisDesign(10, 4).plan(ps, 1);
    List<RunOutcome> outcomes = new ArrayList<>();
    for (var p : plan.points()) {
      outcomes.add(p.index() == 4 ? Outcomes.failed(4, 0)
          : Outcomes.ok(p.index(), 0, Map.of("y", 3 * Outcomes.x(p, 0) - Outcomes.x(p, 1))));
    }
    SweepSummary s = summarise(ps, plan, "morris", 1, outcomes);
    assertEquals(1, s.failed());
    assertEquals(4, s.morris().size(), "two KPIs x two parameters, z without values");
    assertEquals(3, s.morris().get(0).muStar(), 1e-12);
    assertEquals(-1, s.morris().get(1).mu(), 1e-12);
    // Point 4 ends step 1 of trajectory 1 and starts step 2: one effect lost per parameter.
    assertEquals(9, s.morris().get(0).effects());
    assertEquals(9, s.morris().get(1).effects());
    assertTrue(Double.isNaN(s.morris().get(2).muStar()), "no values of z");
  }
}
