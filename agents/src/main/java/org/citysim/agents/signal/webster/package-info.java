/**
 * The {@code webster} controller: periodic fixed-time retiming by Webster's method (Webster
 * 1958, Road Research Technical Paper 39). From the flows its approach sensors counted over the
 * last period it computes the critical flow ratio of each stage, the optimal cycle
 * {@code C0 = (1.5 L + 5) / (1 - Y)} within the configured bounds, and greens in proportion to
 * the flow ratios, and runs that plan until the next period.
 */
package org.citysim.agents.signal.webster;
