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

  /** a -> b with three lanes on "in", then three ways out of b. */
  private static RoadNetworkBuilder fork() {
    return new RoadNetworkBuilder()
        .addNode("a", 0, 0).addNode("b", 100, 0).addNode("l", 100, 100).addNode("s", 200, 0)
        .addNode("r", 100, -100)
        .addLink("in", "a", "b", 100, 3, 10, 5400).addLink("left", "b", "l", 100, 1, 10, 1800)
        .addLink("straight", "b", "s", 100, 1, 10, 1800)
        .addLink("right", "b", "r", 100, 1, 10, 1800);
  }

  @Test
  void laneGroups_exclusiveLanesAreGroupsOfTheirOwn_sharedLanesJoin() throws Exception {
    // Lane 0: right and straight (shared), lane 1: straight, lane 2: left only.
    RoadNetwork net = fork().addMovement("in", "right", 0).addMovement("in", "straight", 0, 1)
        .addMovement("in", "left", 2).build();
    int in = net.linkIndex("in");
    assertEquals(2, net.laneGroupEnd(in) - net.laneGroupStart(in));
    int shared = net.movementLaneGroup(net.movementIndex(in, net.linkIndex("right")));
    assertEquals(shared, net.movementLaneGroup(net.movementIndex(in, net.linkIndex("straight"))));
    int left = net.movementLaneGroup(net.movementIndex(in, net.linkIndex("left")));
    assertTrue(left != shared);
    assertEquals(2, net.laneGroupLanes(shared));
    assertEquals(1, net.laneGroupLanes(left));
    assertEquals(in, net.laneGroupLink(left));
    assertEquals(shared, net.arrivalLaneGroup(in), "trips ending on the link use its largest group");
    // Links without lane information keep one group of all their lanes.
    int out = net.linkIndex("left");
    assertEquals(1, net.laneGroupEnd(out) - net.laneGroupStart(out));
    assertEquals(1, net.laneGroupLanes(net.arrivalLaneGroup(out)));
    assertEquals(5, net.laneGroupCount());
  }

  @Test
  void laneGroups_unusedLanesJoinTheLargestGroup_andMovementsWithoutLanesUseAll() throws Exception {
    RoadNetwork net = fork().addMovement("in", "straight", 1).addMovement("in", "left", 2)
        .build();
    int in = net.linkIndex("in");
    int straight = net.movementLaneGroup(net.movementIndex(in, net.linkIndex("straight")));
    assertEquals(2, net.laneGroupLanes(straight), "lane 1 and the unused lane 0");
    assertEquals(straight, net.arrivalLaneGroup(in));
    RoadNetwork all = fork().addMovement("in", "straight").addMovement("in", "left", 2).build();
    assertEquals(1, all.laneGroupEnd(in) - all.laneGroupStart(in), "'straight' uses every lane");
    assertEquals(3, all.laneGroupLanes(all.laneGroupStart(in)));
  }

  @Test
  void laneGroups_lanesMustExist() {
    NetworkException e = assertThrows(NetworkException.class,
        () -> fork().addMovement("in", "left", 3).addMovement("in", "right", -1).build());
    assertEquals(2, e.problems().size(), e.getMessage());
    assertTrue(e.problems().get(0).contains("lane 3 of link in does not exist"),
        e.problems().get(0));
  }

  @Test
  void crossingTimes_addToRouteFreeFlowTimes_andAreChecked() throws Exception {
    RoadNetwork net = fork().addMovement("in", "left").addMovement("in", "straight")
        .setCrossingTime("in", "left", 3).build();
    int in = net.linkIndex("in");
    int left = net.linkIndex("left");
    assertEquals(3, net.crossingTime(net.movementIndex(in, left)), 1e-12);
    assertEquals(0, net.crossingTime(net.movementIndex(in, net.linkIndex("straight"))));
    assertEquals(3, net.maxCrossingTimeInto(left), 1e-12);
    assertEquals(0, net.maxCrossingTimeInto(in));
    assertEquals(10 + 3 + 10, net.freeFlowTime(new int[] {in, left}), 1e-12);
    NetworkException e = assertThrows(NetworkException.class, () -> fork()
        .addMovement("in", "left").setCrossingTime("in", "right", 1)
        .setCrossingTime("in", "left", -1).build());
    assertEquals(2, e.problems().size(), e.getMessage());
  }
}
