package org.citysim.agents.dispatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.citysim.agents.dispatch.DispatchProblem.Incident;

/**
 * The baseline: needs are served one by one, most urgent first (priority, then earliest report,
 * then problem order), each by the idle unit of the needed kind that arrives soonest on current
 * travel times (ties: unit order). Greedy, so it can be far from the best total response time;
 * deterministic, no randomness.
 */
public final class NearestUnitDispatcher implements Dispatcher {

  @Override
  public Assignment assign(DispatchProblem problem) {
    List<Needs.Need> needs = Needs.of(problem);
    List<Integer> order = new ArrayList<>();
    for (int n = 0; n < needs.size(); n++) {
      order.add(n);
    }
    Comparator<Integer> urgency = Comparator
        .comparingInt((Integer n) -> needs.get(n).incident().priority())
        .thenComparingDouble(n -> needs.get(n).incident().earliest());
    order.sort(urgency.thenComparingInt(n -> n));
    int[] unitOfNeed = new int[needs.size()];
    Arrays.fill(unitOfNeed, -1);
    boolean[] used = new boolean[problem.units().size()];
    for (int n : order) {
      Incident inc = needs.get(n).incident();
      int best = -1;
      double bestArrival = Double.POSITIVE_INFINITY;
      for (int u : needs.get(n).candidates()) {
        double a = problem.arrival(problem.units().get(u), inc);
        if (!used[u] && a < bestArrival) {
          best = u;
          bestArrival = a;
        }
      }
      if (best >= 0) {
        used[best] = true;
        unitOfNeed[n] = best;
      }
    }
    return Needs.assignment(problem, needs, unitOfNeed);
  }
}
