package org.citysim.sim.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.network.RoadNetworkBuilder;
import org.junit.jupiter.api.Test;

class SignalTimingsTest {
  private static RoadNetwork tee() throws Exception {
    return new RoadNetworkBuilder()
        .addNode("a", 0, 0).addNode("b", 100, 0).addNode("c", 200, 0).addNode("d", 100, 100)
        .addLink("ab", "a", "b", 100, 1, 10, 1800).addLink("bc", "b", "c", 100, 1, 10, 1800)
        .addLink("db", "d", "b", 100, 1, 10, 1800).build();
  }

  @Test
  void nextGreen_followsPhasesAndOffset() throws Exception {
    RoadNetwork net = tee();
    int ab = net.movementIndex(net.linkIndex("ab"), net.linkIndex("bc"));
    int db = net.movementIndex(net.linkIndex("db"), net.linkIndex("bc"));
    SignalTimings t = SignalTimings.of(net, List.of(new SignalPlan(net.nodeIndex("b"), 10, List.of(
        new SignalPlan.Phase(30, new int[] {ab}), new SignalPlan.Phase(5, new int[0]),
        new SignalPlan.Phase(20, new int[] {db}), new SignalPlan.Phase(5, new int[0])))));
    // Cycle 60 s starting at t = 10: ab green [10, 40), db green [45, 65).
    assertTrue(t.isGreen(ab, 10));
    assertTrue(t.isGreen(ab, 39.9));
    assertFalse(t.isGreen(ab, 40));
    assertEquals(70.0, t.nextGreen(ab, 40), 1e-9);
    assertEquals(45.0, t.nextGreen(db, 12), 1e-9);
    assertEquals(105.0, t.nextGreen(db, 65), 1e-9);
    assertEquals(10.0, t.nextGreen(ab, 5), 1e-9, "before the offset: previous cycle's red");
    assertEquals(30.0, t.greenPerCycle(ab), 1e-9);
  }

  @Test
  void aMovementThatNeverGetsGreen_isRejected() throws Exception {
    RoadNetwork net = tee();
    int ab = net.movementIndex(net.linkIndex("ab"), net.linkIndex("bc"));
    assertThrows(IllegalArgumentException.class, () -> SignalTimings.of(net, List.of(
        new SignalPlan(net.nodeIndex("b"), 0, List.of(new SignalPlan.Phase(30, new int[] {ab}))))));
  }

  @Test
  void unsignalisedMovements_areAlwaysGreen() throws Exception {
    RoadNetwork net = tee();
    SignalTimings t = SignalTimings.none(net);
    assertEquals(123.4, t.nextGreen(0, 123.4));
  }
}
