package org.citysim.agents.dispatch;

import java.util.Collection;
import java.util.List;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.routing.LinkCosts;
import org.citysim.sim.routing.Router;

/**
 * Travel-time matrices on the current network state, for dispatch decisions: one single-source
 * Dijkstra tree per source node ({@link Router#travelTimes}) on the movement graph, so turn
 * restrictions hold and jams on the current link travel times are seen.
 */
public final class TravelTimes {
  private TravelTimes() {
  }

  /**
   * The matrix for a dispatch decision: from every unit's node to every incident's node.
   *
   * @param router a router whose costs are current (call {@link Router#updateCosts()} first)
   */
  public static TravelTimeMatrix forDispatch(Router router, List<DispatchProblem.Unit> units,
      List<DispatchProblem.Incident> incidents) {
    return matrix(router, distinct(units.stream().map(DispatchProblem.Unit::node).toList()),
        distinct(incidents.stream().map(DispatchProblem.Incident::node).toList()));
  }

  /**
   * A matrix on a fresh router over {@code net} with the given current link travel times.
   * Building the router's graph costs O(links); reuse a router across decisions where one is at
   * hand.
   *
   * @param linkSeconds current travel time of each link [s]
   */
  public static TravelTimeMatrix current(RoadNetwork net, LinkCosts linkSeconds, int[] sources,
      int[] targets) {
    return matrix(new Router(net, linkSeconds), sources, targets);
  }

  /**
   * A matrix from each of {@code sources} to each of {@code targets} on the router's current
   * costs (both arrays of distinct node indices).
   */
  public static TravelTimeMatrix matrix(Router router, int[] sources, int[] targets) {
    double[][] seconds = new double[sources.length][];
    for (int i = 0; i < sources.length; i++) {
      seconds[i] = router.travelTimes(sources[i], targets);
    }
    return new TravelTimeMatrix(sources, targets, seconds);
  }

  private static int[] distinct(Collection<Integer> nodes) {
    return nodes.stream().mapToInt(Integer::intValue).distinct().toArray();
  }
}
