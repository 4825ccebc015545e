package org.citysim.app.sweep.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citysim.app.sweep.design.DesignPlan;
import org.citysim.app.sweep.design.DesignPoint;
import org.citysim.app.sweep.design.MorrisDesign;
import org.citysim.reports.sweep.MorrisIndex;
import org.junit.jupiter.api.Test;

class MorrisAnalysisTest {
  private static final List<String> ABC = List.of("a", "b", "c");

  private static List<MorrisIndex> analyse(DesignPlan plan, double[] y) {
    return MorrisAnalysis.analyse("y", ABC, (DesignPlan.Morris) plan.structure(), plan.points(),
        y);
  }

  private static DesignPlan plan() {
    return new MorrisDesign(20, 4).plan(Outcomes.unitRanges(ABC), 17);
  }

  @Test
  void linear_muStarIsTheCoefficient_sigmaZero() {
    double[] c = {2, -3, 0.5};
    DesignPlan plan = plan();
    double[] y = Outcomes.outputs(plan, p ->
        c[0] * Outcomes.x(p, 0) + c[1] * Outcomes.x(p, 1) + c[2] * Outcomes.x(p, 2));
    List<MorrisIndex> m = analyse(plan, y);
    for (int j = 0; j < 3; j++) {
      assertEquals(Math.abs(c[j]), m.get(j).muStar(), 1e-12);
      assertEquals(c[j], m.get(j).mu(), 1e-12);
      assertEquals(0, m.get(j).sigma(), 1e-12);
      assertEquals(20, m.get(j).effects());
    }
  }

  @Test
  void interaction_spreadsTheEffectsOfTheInteractingParametersOnly() {
    DesignPlan plan = plan();
    double[] y = Outcomes.outputs(plan, p ->
        Outcomes.x(p, 0) + 2 * Outcomes.x(p, 1) + 3 * Outcomes.x(p, 1) * Outcomes.x(p, 2));
    List<MorrisIndex> m = analyse(plan, y);
    assertEquals(0, m.get(0).sigma(), 1e-12);
    assertTrue(m.get(1).sigma() > 0.5, m.get(1).toString());
    assertTrue(m.get(2).sigma() > 0.5, m.get(2).toString());
    // The effect of b is 2 + 3c and lies between 2 and 5.
    assertTrue(m.get(1).muStar() > 2 && m.get(1).muStar() < 5, m.get(1).toString());
  }

  @Test
  void unknownRun_dropsOnlyTheStepsBesideIt() {
    DesignPlan plan = plan();
    double[] y = Outcomes.outputs(plan, (DesignPoint p) -> 4 * Outcomes.x(p, 2));
    DesignPlan.Morris s = (DesignPlan.Morris) plan.structure();
    // The second point of trajectory 0 ends step 1 and starts step 2.
    y[1] = Double.NaN;
    List<MorrisIndex> m = analyse(plan, y);
    int lost1 = s.order()[0][0];
    int lost2 = s.order()[0][1];
    for (int j = 0; j < 3; j++) {
      int expected = j == lost1 || j == lost2 ? 19 : 20;
      assertEquals(expected, m.get(j).effects(), "parameter " + j);
    }
    assertEquals(4, m.get(2).muStar(), 1e-12);
  }
}
