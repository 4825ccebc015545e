package org.citysim.agents.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.citysim.agents.dispatch.DispatchProblem.Unit;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.network.RoadNetworkBuilder;
import org.citysim.sim.routing.Router;
import org.junit.jupiter.api.Test;

class TravelTimesTest {
  /**
   * A square a-b-c-d with two-way links, 100 m at 10 m/s (10 s) each, and a 300 m diagonal a-c
   * at 10 m/s (30 s): a to c is 20 s around the square.
   */
  private static RoadNetwork square() throws Exception {
    RoadNetworkBuilder b = new RoadNetworkBuilder()
        .addNode("a", 0, 0).addNode("b", 100, 0).addNode("c", 100, 100).addNode("d", 0, 100);
    String[][] sides = {{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "a"}};
    for (String[] s : sides) {
      b.addLink(s[0] + s[1], s[0], s[1], 100, 1, 10, 1800);
      b.addLink(s[1] + s[0], s[1], s[0], 100, 1, 10, 1800);
    }
    b.addLink("ac", "a", "c", 300, 1, 10, 1800);
    return b.build();
  }

  @Test
  void matrix_isShortestTravelTime_onCurrentLinkTimes() throws Exception {
    RoadNetwork net = square();
    int a = net.nodeIndex("a");
    int b = net.nodeIndex("b");
    int c = net.nodeIndex("c");
    int d = net.nodeIndex("d");
    double[] seconds = new double[net.linkCount()];
    for (int l = 0; l < seconds.length; l++) {
      seconds[l] = net.freeFlowTime(l);
    }
    TravelTimeMatrix free = TravelTimes.current(net, l -> seconds[l], new int[] {a, b},
        new int[] {c, d, a});
    assertEquals(20, free.seconds(a, c), 1e-9);
    assertEquals(10, free.seconds(a, d), 1e-9);
    assertEquals(10, free.seconds(b, a), 1e-9);
    assertEquals(0, free.seconds(c, c), 1e-9);
    assertEquals(Double.POSITIVE_INFINITY, free.seconds(c, a), "c is not a source");

    // Jams on both ways round: the diagonal is now the fastest.
    seconds[net.linkIndex("ab")] = 100;
    seconds[net.linkIndex("da")] = 100;
    seconds[net.linkIndex("ad")] = 100;
    Router router = new Router(net, l -> seconds[l]);
    List<Unit> units = List.of(new Unit("u", UnitKind.TOW, a, 0));
    List<DispatchProblem.Incident> incidents = List.of(Problems.incident("x", c, 1, 0,
        UnitKind.TOW), Problems.incident("y", c, 2, 0, UnitKind.TOW));
    TravelTimeMatrix jammed = TravelTimes.forDispatch(router, units, incidents);
    assertEquals(30, jammed.seconds(a, c), 1e-9);
    assertEquals(1, router.treesBuilt(), "one Dijkstra tree per distinct unit node");
  }
}
