package org.citysim.sim.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RoadNetworkBuilderTest {
  @Test
  void build_reportsEveryProblemTogether() {
    RoadNetworkBuilder b = new RoadNetworkBuilder()
        .addNode("a", 0, 0).addNode("b", 1, 0)
        .addLink("x", "a", "zz", 100, 1, 10, 1800)
        .addLink("y", "a", "b", -5, 1, 10, 1800)
        .addLink("z", "a", "b", 100, 1, 0, -1);
    NetworkException e = assertThrows(NetworkException.class, b::build);
    assertEquals(4, e.problems().size(), e.getMessage());
    assertTrue(e.problems().get(0).contains("unknown to-node zz"));
    assertTrue(e.problems().get(1).contains("length must be positive"));
  }

  @Test
  void defaultMovements_areEveryTurnButUTurns() throws Exception {
    RoadNetwork net = new RoadNetworkBuilder()
        .addNode("a", 0, 0).addNode("b", 1, 0).addNode("c", 2, 0)
        .addLink("ab", "a", "b", 100, 1, 10, 1800).addLink("ba", "b", "a", 100, 1, 10, 1800)
        .addLink("bc", "b", "c", 100, 1, 10, 1800).addLink("cb", "c", "b", 100, 1, 10, 1800)
        .build();
    assertEquals(2, net.movementCount());
    assertTrue(net.movementIndex(net.linkIndex("ab"), net.linkIndex("bc")) >= 0);
    assertEquals(-1, net.movementIndex(net.linkIndex("ab"), net.linkIndex("ba")));
    assertEquals(4, net.graph().edgeSet().size());
  }

  @Test
  void unreachableParts_areReportedAsWarnings() throws Exception {
    RoadNetwork net = new RoadNetworkBuilder()
        .addNode("a", 0, 0).addNode("b", 1, 0).addNode("c", 2, 0)
        .addLink("ab", "a", "b", 100, 1, 10, 1800).addLink("ba", "b", "a", 100, 1, 10, 1800)
        .addLink("bc", "b", "c", 100, 1, 10, 1800).build();
    assertEquals(1, net.warnings().size());
    assertTrue(net.warnings().get(0).contains("c"), net.warnings().get(0));
  }

  @Test
  void storage_defaultsToLengthTimesLanesOverCellSize() throws Exception {
    RoadNetwork net = new RoadNetworkBuilder(7.5)
        .addNode("a", 0, 0).addNode("b", 1, 0)
        .addLink("ab", "a", "b", 150, 2, 10, 3600).build();
    assertEquals(40.0, net.storage(0), 1e-9);
  }
}
