package org.citysim.sim.imports.sumo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.signal.SignalPlan;
import org.citysim.sim.signal.SignalTimings;
import org.junit.jupiter.api.Test;

/** Imports SUMO's own example networks and checks them against the files. */
class SumoNetReaderExamplesTest {
  private static final String CROSS = "tools/game/cross/cross.net.xml";
  private static final String PASUBIO = "tools/sumolib/scenario/scenarios/RealWorld/pasubio/";
  private final SumoNetReader reader = new SumoNetReader(1800, 7.5);

  @Test
  void cross_matchesTheFile() throws Exception {
    Path net = SumoFiles.file(CROSS);
    SumoFiles.Facts facts = SumoFiles.facts(net);
    SumoNetwork s = reader.read(net, List.of());
    RoadNetwork n = s.built().network();
    // Read off the file: 16 normal edges over 9 junctions, 20 edge-to-edge connections.
    assertEquals(16, facts.edges().size());
    assertEquals(16, n.linkCount());
    assertEquals(9, n.nodeCount());
    assertEquals(facts.nodes().size(), n.nodeCount());
    assertEquals(20, facts.movements().size());
    assertEquals(20, n.movementCount());
    facts.edges().keySet().forEach(id -> assertTrue(s.linkIndex(id) >= 0, id));
    assertEquals(-1, s.linkIndex(":0_0"));
  }

  @Test
  void cross_edgeValuesAreThoseOfItsLanes() throws Exception {
    SumoNetwork s = reader.read(SumoFiles.file(CROSS), List.of());
    RoadNetwork n = s.built().network();
    // <edge id="1si" from="m1" to="0">: three lanes, each length="135.75" speed="13.89"
    int l = s.linkIndex("1si");
    assertEquals(135.75, n.length(l), 1e-9);
    assertEquals(13.89, n.freeSpeed(l), 1e-9);
    assertEquals(3, n.lanes(l));
    assertEquals(3 * 1800, n.capacity(l), 1e-9);
    assertEquals(135.75 * 3 / 7.5, n.storage(l), 1e-9);
    assertEquals("m1", n.node(n.from(l)).id().value());
    assertEquals("0", n.node(n.to(l)).id().value());
  }

  @Test
  void cross_movementsAreTheConnections() throws Exception {
    SumoNetwork s = reader.read(SumoFiles.file(CROSS), List.of());
    RoadNetwork n = s.built().network();
    // <connection from="2si" to="3o" fromLane="2" toLane="0" ... tl="0" linkIndex="2" dir="l"/>
    assertTrue(n.movementIndex(s.linkIndex("2si"), s.linkIndex("3o")) >= 0);
    // 1si (m1 -> 0) and 1o (0 -> m1): a U-turn without a connection
    assertEquals(-1, n.movementIndex(s.linkIndex("1si"), s.linkIndex("1o")));
    assertEquals(-1, n.movementIndex(s.linkIndex("1fi"), s.linkIndex("1fo")));
  }

  @Test
  void cross_approachLanesForRightStraightAndLeft_areThreeLaneGroups() throws Exception {
    SumoNetwork s = reader.read(SumoFiles.file(CROSS), List.of());
    RoadNetwork n = s.built().network();
    // <connection from="1si" to="3o" fromLane="0" .../> (right), to="2o" fromLane="1"
    // (straight), to="4o" fromLane="2" (left).
    int l = s.linkIndex("1si");
    assertEquals(3, n.laneGroupEnd(l) - n.laneGroupStart(l));
    Set<Integer> groups = new TreeSet<>();
    for (String to : List.of("3o", "2o", "4o")) {
      int g = n.movementLaneGroup(n.movementIndex(l, s.linkIndex(to)));
      assertEquals(1, n.laneGroupLanes(g), to);
      groups.add(g);
    }
    assertEquals(3, groups.size());
    // 3si: lane 0 serves right and straight, lane 1 left.
    int l3 = s.linkIndex("3si");
    int right = n.movementLaneGroup(n.movementIndex(l3, s.linkIndex("2o")));
    assertEquals(right, n.movementLaneGroup(n.movementIndex(l3, s.linkIndex("4o"))));
    assertTrue(right != n.movementLaneGroup(n.movementIndex(l3, s.linkIndex("1o"))));
    // The feeder 1fi has one lane to 1si's three: one group.
    int fi = s.linkIndex("1fi");
    assertEquals(1, n.laneGroupEnd(fi) - n.laneGroupStart(fi));
  }

  @Test
  void cross_crossingTimesAreThoseOfTheInternalLanes() throws Exception {
    SumoNetwork s = reader.read(SumoFiles.file(CROSS), List.of());
    RoadNetwork n = s.built().network();
    int l = s.linkIndex("1si");
    // Straight on: via=":0_7_0", length="32.76" speed="13.89".
    assertEquals(32.76 / 13.89, n.crossingTime(n.movementIndex(l, s.linkIndex("2o"))), 1e-9);
    // Left: via=":0_8_0" (11.46 m at 11.77 m/s), which continues on ":0_14_0" (20.32 m).
    assertEquals((11.46 + 20.32) / 11.77,
        n.crossingTime(n.movementIndex(l, s.linkIndex("4o"))), 1e-9);
    int o = s.linkIndex("2o");
    assertTrue(n.maxCrossingTimeInto(o) >= 32.76 / 13.89);
  }

  @Test
  void cross_netProgram_isOnePlanAtJunction0() throws Exception {
    SumoNetwork s = reader.read(SumoFiles.file(CROSS), List.of());
    SignalTimings t = s.built().signals();
    assertEquals(1, t.plans().size());
    SignalPlan p = t.plans().get(0);
    RoadNetwork n = s.built().network();
    assertEquals("0", n.node(p.node()).id().value());
    // durations 33 3 6 3 33 3 6 3 in the net's <tlLogic id="0">
    assertEquals(8, p.phases().size());
    assertEquals(90, p.cycle(), 1e-9);
    int left = n.movementIndex(s.linkIndex("2si"), s.linkIndex("3o"));
    // linkIndex 2: 'g' in phase 0 (33 s), 'g' in 1 (3 s), 'G' in 2 (6 s), then yellow
    assertEquals(42, t.greenPerCycle(left), 1e-9);
    int straight = n.movementIndex(s.linkIndex("2si"), s.linkIndex("1o"));
    assertEquals(33, t.greenPerCycle(straight), 1e-9);
  }

  @Test
  void cross_additionalProgramReplacesTheNets() throws Exception {
    Path add = SumoFiles.file("tools/game/cross/cross.tls.add.xml");
    SumoNetwork s = reader.read(SumoFiles.file(CROSS), List.of(add));
    SignalPlan p = s.built().signals().plans().get(0);
    assertEquals(1, s.built().signals().plans().size());
    // programID="manual": 12 phases of 3, 3, 10000 s four times
    assertEquals(12, p.phases().size());
    assertEquals(4 * (3 + 3 + 10000), p.cycle(), 1e-9);
    assertTrue(s.warnings().stream().anyMatch(w -> w.contains("later-loaded program")),
        s.warnings().toString());
    assertTrue(s.warnings().contains("ignored 1 <param> element: generic parameters are not used"),
        s.warnings().toString());
  }

  @Test
  void grid6_everyEdgeIsALinkAndEveryTrafficLightHasPlans() throws Exception {
    checkWholeNet(SumoFiles.file("tools/game/grid6/grid6.net.xml"), List.of(), 6);
  }

  @Test
  void pasubio_withBusLanes_importsCompletely() throws Exception {
    SumoNetwork s = checkWholeNet(SumoFiles.file(PASUBIO + "pasubio_buslanes.net.xml"),
        List.of(), 8);
    // 11 edges have only lanes with allow="bus": imported with their bus lanes
    RoadNetwork n = s.built().network();
    assertEquals(1, n.lanes(s.linkIndex("9")));
    assertEquals(2, n.lanes(s.linkIndex("m66a")));
    assertTrue(s.warnings().stream().anyMatch(w -> w.startsWith("11 edge(s) have no lane open"
        + " to passenger cars")), s.warnings().toString());
    assertTrue(s.warnings().contains(
        "ignored 257 <request> elements: right-of-way is not modelled"), s.warnings().toString());
  }

  /**
   * The scenario's tls file does not fit the bus-lane net: its program for tl 233 has 10 signal
   * characters, while the net's connections use link indices up to 11. SUMO 1.15 refuses the pair
   * too ("Mismatching phase size in tls '233', program 'utopia'"), so the reader must report it.
   */
  @Test
  void pasubio_tlsFileWithShortStates_isRefusedLikeSumoDoes() throws Exception {
    Path tls = SumoFiles.file(PASUBIO + "pasubio_tls.add.xml");
    ScenarioException e = assertThrows(ScenarioException.class, () -> reader.read(
        SumoFiles.file(PASUBIO + "pasubio_buslanes.net.xml"), List.of(tls)));
    assertEquals(8, e.problems().size(), e.getMessage());
    for (int i = 0; i < 8; i++) {
      Problem p = e.problems().get(i);
      assertEquals(tls, p.file());
      assertEquals(114 + i, p.line());
      assertTrue(p.message().startsWith("bad phase string length"), p.message());
      assertTrue(p.field().contains("233"), p.field());
    }
  }

  private SumoNetwork checkWholeNet(Path net, List<Path> add, int tls) throws Exception {
    SumoFiles.Facts facts = SumoFiles.facts(net);
    SumoNetwork s = reader.read(net, add);
    RoadNetwork n = s.built().network();
    assertEquals(facts.edges().size(), n.linkCount());
    facts.edges().keySet().forEach(id -> assertTrue(s.linkIndex(id) >= 0, id));
    assertEquals(facts.nodes().size(), n.nodeCount());
    assertEquals(tls, facts.tlJunctions().size());
    Set<String> planned = new TreeSet<>();
    s.built().signals().plans().forEach(p -> planned.add(n.node(p.node()).id().value()));
    Set<String> expected = new TreeSet<>();
    facts.tlJunctions().values().forEach(expected::addAll);
    assertEquals(expected, planned);
    assertTrue(n.movementCount() > 0);
    assertTrue(n.movementCount() <= facts.movements().size());
    onceEach(s.warnings(), "<request>");
    onceEach(s.warnings(), "<location>");
    return s;
  }

  private static void onceEach(List<String> warnings, String element) {
    assertEquals(1, warnings.stream().filter(w -> w.contains(element)).count(),
        element + " in " + warnings);
    assertFalse(warnings.stream().anyMatch(w -> w.contains("<lane>") || w.contains("<edge>")),
        warnings.toString());
  }
}
