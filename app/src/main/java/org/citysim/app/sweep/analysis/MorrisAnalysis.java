package org.citysim.app.sweep.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.citysim.app.sweep.design.DesignPlan;
import org.citysim.app.sweep.design.DesignPoint;
import org.citysim.reports.sweep.MorrisIndex;

/**
 * Morris's elementary effects of one KPI from the outputs of a Morris plan. Step s of a
 * trajectory moves parameter j from x to x +- delta (unit coordinates); its elementary effect
 * is EE_j = (y(after) - y(before)) / (u_j(after) - u_j(before)), i.e. (y(x + delta e_j) -
 * y(x)) / delta whichever way the step went, per unit of the parameter's scaled range. Per
 * parameter:
 *
 * <ul>
 *   <li>mu, the mean of the effects (Morris 1991): their overall direction;
 *   <li>mu*, the mean of their absolute values (Campolongo, Cariboni and Saltelli 2007,
 *       Environ. Model. Softw. 22): the overall influence, which effects of opposite sign
 *       cannot cancel;
 *   <li>sigma, their sample standard deviation (n - 1, as SALib): large when the effect
 *       depends on where it is measured, i.e. non-linearity or interactions.
 * </ul>
 *
 * <p>A step whose two runs are not both known gives no effect; the trajectory's other steps
 * still count. sigma is NaN with fewer than two effects, all three with none.
 */
public final class MorrisAnalysis {
  private MorrisAnalysis() {}

  /**
   * The statistics of {@code kpi} against every parameter.
   *
   * @param kpi        KPI path
   * @param parameters parameter paths, k of them, in plan order
   * @param plan       the plan's Morris structure
   * @param points     the plan's points (for their unit coordinates)
   * @param y          the output of every point (NaN where unknown)
   */
  public static List<MorrisIndex> analyse(String kpi, List<String> parameters,
      DesignPlan.Morris plan, List<DesignPoint> points, double[] y) {
    int k = plan.k();
    int size = plan.r() * (k + 1);
    if (parameters.size() != k || points.size() != size || y.length != size) {
      throw new IllegalArgumentException("a Morris plan of " + plan.r() + " x (" + k
          + " + 1) points needs " + k + " parameters and as many points and outputs, got "
          + parameters.size() + ", " + points.size() + " and " + y.length);
    }
    double[][] effects = new double[k][plan.r()];
    int[] count = new int[k];
    for (int t = 0; t < plan.r(); t++) {
      for (int s = 1; s <= k; s++) {
        int before = t * (k + 1) + s - 1;
        int j = plan.order()[t][s - 1];
        if (Double.isFinite(y[before]) && Double.isFinite(y[before + 1])) {
          double du = points.get(before + 1).unit()[j] - points.get(before).unit()[j];
          effects[j][count[j]++] = (y[before + 1] - y[before]) / du;
        }
      }
    }
    List<MorrisIndex> out = new ArrayList<>(k);
    for (int j = 0; j < k; j++) {
      double[] e = Arrays.copyOf(effects[j], count[j]);
      double[] abs = Arrays.stream(e).map(Math::abs).toArray();
      double sigma = e.length < 2 ? Double.NaN : Math.sqrt(StatUtils.variance(e));
      out.add(new MorrisIndex(kpi, parameters.get(j), StatUtils.mean(abs), StatUtils.mean(e),
          sigma, e.length));
    }
    return out;
  }
}
