package org.citysim.sim.routing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.citysim.sim.build.GridFactory;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.network.RoadNetworkBuilder;
import org.citysim.sim.scenario.GridSignals;
import org.citysim.sim.scenario.GridSpec;
import org.junit.jupiter.api.Test;

class RouterTest {

  /**
   * a -> b -> c is 200 m, but the turn ab>bc is banned; the detour b -> d -> c is 300 m more.
   * c -> e is a one-way dead end: nothing leaves e. f only has a link out, f -> a.
   */
  private static RoadNetwork turnRestricted() throws Exception {
    return new RoadNetworkBuilder()
        .addNode("a", 0, 0).addNode("b", 100, 0).addNode("c", 200, 0).addNode("d", 100, 100)
        .addNode("e", 300, 0).addNode("f", -100, 0)
        .addLink("ab", "a", "b", 100, 1, 10, 1800)
        .addLink("bc", "b", "c", 100, 1, 10, 1800)
        .addLink("bd", "b", "d", 150, 1, 10, 1800)
        .addLink("dc", "d", "c", 150, 1, 10, 1800)
        .addLink("ce", "c", "e", 100, 1, 10, 1800)
        .addLink("ca", "c", "a", 200, 1, 10, 1800)
        .addLink("fa", "f", "a", 100, 1, 10, 1800)
        .addMovement("fa", "ab")
        .addMovement("ab", "bd")
        .addMovement("bd", "dc")
        .addMovement("dc", "ce")
        .addMovement("bc", "ce")
        .addMovement("dc", "ca")
        .addMovement("ca", "ab")
        .build();
  }

  private static int[] links(RoadNetwork net, String... ids) {
    int[] r = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      r[i] = net.linkIndex(ids[i]);
    }
    return r;
  }

  @Test
  void bannedTurn_isAvoided_evenWhenTheDirectRouteIsShorter() throws Exception {
    RoadNetwork net = turnRestricted();
    Router router = new Router(net, net::freeFlowTime);
    int a = net.nodeIndex("a");
    int c = net.nodeIndex("c");
    assertArrayEquals(links(net, "ab", "bd", "dc"), router.route(a, c));
    // The tree gives the same detour.
    Router tree = new Router(net, net::freeFlowTime);
    tree.routeAll(a, List.of(c));
    assertArrayEquals(links(net, "ab", "bd", "dc"), tree.route(a, c));
    assertEquals(0, tree.pointQueries(), "the tree answered, no point query was needed");
  }

  @Test
  void withoutTheRestriction_theDirectRouteIsTaken() throws Exception {
    // Control for the test above: same links, default movements.
    RoadNetwork net = new RoadNetworkBuilder()
        .addNode("a", 0, 0).addNode("b", 100, 0).addNode("c", 200, 0).addNode("d", 100, 100)
        .addLink("ab", "a", "b", 100, 1, 10, 1800)
        .addLink("bc", "b", "c", 100, 1, 10, 1800)
        .addLink("bd", "b", "d", 150, 1, 10, 1800)
        .addLink("dc", "d", "c", 150, 1, 10, 1800)
        .build();
    Router router = new Router(net, net::freeFlowTime);
    assertArrayEquals(links(net, "ab", "bc"), router.route(net.nodeIndex("a"), net.nodeIndex("c")));
  }

  @Test
  void unreachableDestination_givesNull_fromBothAlgorithms() throws Exception {
    RoadNetwork net = turnRestricted();
    int e = net.nodeIndex("e");
    int a = net.nodeIndex("a");
    assertNull(new Router(net, net::freeFlowTime).route(e, a), "nothing leaves e");
    Router tree = new Router(net, net::freeFlowTime);
    tree.routeAll(e, List.of(a, net.nodeIndex("c")));
    assertNull(tree.route(e, a));
    assertNull(tree.route(e, net.nodeIndex("c")));
    // f exists and has a link out, but no link leads to it.
    assertNull(new Router(net, net::freeFlowTime).route(a, net.nodeIndex("f")));
    assertNotNull(new Router(net, net::freeFlowTime).route(net.nodeIndex("f"), e));
  }

  @Test
  void deadEnd_isReachable_butOnlyThroughAllowedMovements() throws Exception {
    RoadNetwork net = turnRestricted();
    Router router = new Router(net, net::freeFlowTime);
    int[] r = router.route(net.nodeIndex("a"), net.nodeIndex("e"));
    assertArrayEquals(links(net, "ab", "bd", "dc", "ce"), r);
  }

  @Test
  void travelTimes_followAllowedMovements_zeroToSelf_infiniteWhenUnreachable() throws Exception {
    RoadNetwork net = turnRestricted();
    double[] cost = new double[net.linkCount()];
    for (int l = 0; l < cost.length; l++) {
      cost[l] = net.freeFlowTime(l);
    }
    Router router = new Router(net, l -> cost[l]);
    int a = net.nodeIndex("a");
    int[] to = {a, net.nodeIndex("c"), net.nodeIndex("e"), net.nodeIndex("f")};
    // a -> c must detour over d: 10 + 15 + 15 s; then c -> e another 10 s.
    assertArrayEquals(new double[] {0, 40, 50, Double.POSITIVE_INFINITY},
        router.travelTimes(a, to), 1e-9);
    // Current travel times, not free-flow: a jam on bd is seen after updateCosts().
    cost[net.linkIndex("bd")] = 100;
    router.updateCosts();
    assertEquals(125, router.travelTimes(a, to)[1], 1e-9);
  }

  private static GridSpec grid6() {
    return new GridSpec(6, 6, 100, 1, 10, 1800, new GridSignals(false, 60, 4, 0.5, 0));
  }

  /** Checks contiguity, end points and allowed movements; returns the route's cost. */
  private static double checkRoute(RoadNetwork net, int[] route, int o, int d, double[] cost,
      String what) {
    assertNotNull(route, what + ": no route");
    assertTrue(route.length > 0, what + ": empty route");
    assertEquals(o, net.from(route[0]), what + ": starts at the origin");
    assertEquals(d, net.to(route[route.length - 1]), what + ": ends at the destination");
    double sum = cost[route[0]];
    for (int i = 1; i < route.length; i++) {
      assertEquals(net.to(route[i - 1]), net.from(route[i]), what + ": contiguous at " + i);
      assertTrue(net.movementIndex(route[i - 1], route[i]) >= 0,
          what + ": movement " + route[i - 1] + ">" + route[i] + " allowed");
      sum += cost[route[i]];
    }
    return sum;
  }

  @Property(tries = 40)
  void tree_andBidirectional_agreeOnCosts_onA6x6Grid(@ForAll long seed) {
    RoadNetwork net = GridFactory.build(grid6(), 7.5).network();
    Random rnd = new Random(seed);
    double[] cost = new double[net.linkCount()];
    for (int l = 0; l < cost.length; l++) {
      cost[l] = 1 + 100 * rnd.nextDouble();
    }
    Router tree = new Router(net, l -> cost[l]);
    Router point = new Router(net, l -> cost[l]);
    int n = net.nodeCount();
    for (int k = 0; k < 10; k++) {
      int o = rnd.nextInt(n);
      List<Integer> dests = new ArrayList<>();
      for (int j = 0; j < 5; j++) {
        int d = rnd.nextInt(n);
        if (d != o) {
          dests.add(d);
        }
      }
      tree.routeAll(o, dests);
      for (int d : dests) {
        String what = "seed=" + seed + " " + net.node(o).id() + "->" + net.node(d).id();
        double a = checkRoute(net, tree.route(o, d), o, d, cost, what + " (tree)");
        double b = checkRoute(net, point.route(o, d), o, d, cost, what + " (bidirectional)");
        assertEquals(a, b, 1e-9, what + ": costs differ");
      }
    }
    assertEquals(0, tree.pointQueries(), "seed=" + seed + ": the trees answered everything");
  }
}
