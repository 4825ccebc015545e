package org.citysim.agents.signal.webster;

import org.citysim.agents.signal.Greens;

/**
 * A plan by Webster's method.
 *
 * @param flowRatios   critical flow ratio {@code y_i = q_i / s_i} per stage [-]
 * @param optimalCycle Webster's {@code C0 = (1.5 L + 5) / (1 - Y)} before bounds [s]; infinite
 *                     when {@code Y >= 1}
 * @param cycle        the cycle run: {@code C0} within the bounds, or the longest when
 *                     oversaturated, adjusted if the green bounds demand it [s]
 * @param greens       green time per stage [s]
 * @param oversaturated true when {@code Y} reached the configured limit
 */
public record WebsterPlan(double[] flowRatios, double optimalCycle, double cycle,
    double[] greens, boolean oversaturated) {
  public WebsterPlan {
    flowRatios = flowRatios.clone();
    greens = greens.clone();
  }

  @Override
  public double[] flowRatios() {
    return flowRatios.clone();
  }

  @Override
  public double[] greens() {
    return greens.clone();
  }

  /** {@code Y}, the sum of the critical flow ratios [-]. */
  public double flowRatioSum() {
    return Greens.sum(flowRatios);
  }

  /**
   * Webster's plan for critical flow ratios {@code y} (Webster 1958, Road Research Technical
   * Paper 39; restated at https://rhces.com/signal-timing-webster.html, whose worked example,
   * L = 16 s and Y = 0.5 giving C0 = 58 s, the tests reproduce):
   * <ul>
   *   <li>{@code Y = Σ y_i}; {@code C0 = (1.5 L + 5) / (1 - Y)}, bounded to
   *       [{@code minCycle}, {@code maxCycle}];</li>
   *   <li>when {@code Y >= maxFlowRatio} the junction is oversaturated and the formula
   *       meaningless: the cycle is {@code maxCycle};</li>
   *   <li>effective green {@code C - L} is shared as {@code g_i = (y_i / Y) (C - L)}; with no
   *       flow at all the greens are equal. A green below {@code minGreen} is raised to it and
   *       the others give up the difference in proportion ({@link Greens#fit}), so the cycle
   *       stays; a green above {@code maxGreen} is cut to it and the cycle shortens.</li>
   * </ul>
   * Lost time {@code L} is taken as the junction's total intergreen per cycle.
   *
   * @param y            critical flow ratio per stage [-], each &ge; 0
   * @param lostTime     lost time per cycle {@code L} [s]
   * @param minGreen     [s]
   * @param maxGreen     [s]
   * @param minCycle     [s]
   * @param maxCycle     [s]
   * @param maxFlowRatio the {@code Y} from which the junction counts as oversaturated [-]
   */
  public static WebsterPlan of(double[] y, double lostTime, double minGreen, double maxGreen,
      double minCycle, double maxCycle, double maxFlowRatio) {
    double sumY = Greens.sum(y);
    double c0 = sumY < 1 ? (1.5 * lostTime + 5) / (1 - sumY) : Double.POSITIVE_INFINITY;
    boolean over = sumY >= maxFlowRatio;
    double c = over ? maxCycle : Greens.clamp(c0, minCycle, maxCycle);
    double[] weights = sumY > 0 ? y : new double[y.length];
    if (!(sumY > 0)) {
      java.util.Arrays.fill(weights, 1);
    }
    // A stage raised to the minimum green takes its extra from the others, so the cycle stays
    // C; a stage capped at the maximum green gives its excess back as a shorter cycle rather
    // than to stages that do not need it.
    double[] g = Greens.fit(weights, minGreen, Double.POSITIVE_INFINITY, c - lostTime);
    for (int i = 0; i < g.length; i++) {
      g[i] = Math.min(g[i], maxGreen);
    }
    return new WebsterPlan(y, c0, Greens.sum(g) + lostTime, g, over);
  }
}
