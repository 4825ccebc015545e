package org.citysim.sim.imports.sumo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citysim.sim.network.RoadNetwork;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.signal.SignalTimings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small hand-written nets: what is mapped how, and every user error with its file and line. */
class SumoNetReaderProblemsTest {
  /** A signalised corridor a -> b -> c; the line numbers below refer to this text. */
  private static final String NET = """
      <?xml version="1.0" encoding="UTF-8"?>
      <net version="1.9">
          <edge id="ab" from="a" to="b">
              <lane id="ab_0" index="0" speed="13.89" length="100.00"/>
          </edge>
          <edge id="bc" from="b" to="c">
              <lane id="bc_0" index="0" speed="13.89" length="100.00"/>
          </edge>
          <tlLogic id="b" type="static" programID="0" offset="7">
              <phase duration="30" state="G"/>
              <phase duration="5" state="y"/>
          </tlLogic>
          <junction id="a" type="dead_end" x="0" y="0"/>
          <junction id="b" type="traffic_light" x="100" y="0"/>
          <junction id="c" type="dead_end" x="200" y="0"/>
          <connection from="ab" to="bc" fromLane="0" toLane="0" tl="b" linkIndex="0"/>
      </net>
      """;

  @TempDir
  Path dir;
  private final SumoNetReader reader = new SumoNetReader(1800, 7.5);

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private Problem onlyProblem(Path net, List<Path> add) {
    ScenarioException e = assertThrows(ScenarioException.class, () -> reader.read(net, add));
    assertEquals(1, e.problems().size(), e.getMessage());
    return e.problems().get(0);
  }

  @Test
  void minimalNet_mapsToOneSignalisedMovement() throws Exception {
    SumoNetwork s = reader.read(write("a.net.xml", NET), List.of());
    RoadNetwork n = s.built().network();
    assertEquals(3, n.nodeCount());
    assertEquals(2, n.linkCount());
    assertEquals(1, n.movementCount());
    SignalTimings t = s.built().signals();
    assertEquals(1, t.plans().size());
    assertEquals(35, t.plans().get(0).cycle(), 1e-9);
    assertEquals(7, t.plans().get(0).offset(), 1e-9);
    assertEquals(30, t.greenPerCycle(0), 1e-9); // yellow is not green
    assertTrue(t.isGreen(0, 7) && !t.isGreen(0, 37.5));
  }

  @Test
  void fromLane_countsOnlyCarLanes() throws Exception {
    // SUMO lane 0 is a sidewalk; car lanes 1 and 2 become lanes 0 and 1 of the link. Lane 1
    // goes straight on, lane 2 turns: two lane groups of one lane each.
    String net = """
        <net version="1.9">
            <edge id="ab" from="a" to="b">
                <lane id="ab_0" index="0" allow="pedestrian" speed="2" length="100.00"/>
                <lane id="ab_1" index="1" speed="13.89" length="100.00"/>
                <lane id="ab_2" index="2" speed="13.89" length="100.00"/>
            </edge>
            <edge id="bc" from="b" to="c"><lane id="bc_0" index="0" speed="13.89" length="100"/></edge>
            <edge id="bd" from="b" to="d"><lane id="bd_0" index="0" speed="13.89" length="100"/></edge>
            <junction id="a" type="dead_end" x="0" y="0"/>
            <junction id="b" type="priority" x="100" y="0"/>
            <junction id="c" type="dead_end" x="200" y="0"/>
            <junction id="d" type="dead_end" x="100" y="100"/>
            <connection from="ab" to="bc" fromLane="1" toLane="0"/>
            <connection from="ab" to="bd" fromLane="2" toLane="0"/>
            <connection from="ab" to="bd" fromLane="0" toLane="0"/>
        </net>
        """;
    SumoNetwork s = reader.read(write("l.net.xml", net), List.of());
    RoadNetwork n = s.built().network();
    int ab = s.linkIndex("ab");
    assertEquals(2, n.lanes(ab));
    int straight = n.movementLaneGroup(n.movementIndex(ab, s.linkIndex("bc")));
    int turn = n.movementLaneGroup(n.movementIndex(ab, s.linkIndex("bd")));
    assertEquals(n.laneGroupStart(ab), straight, "the group of the lower lane comes first");
    assertEquals(n.laneGroupStart(ab) + 1, turn);
    assertEquals(1, n.laneGroupLanes(straight));
    assertEquals(1, n.laneGroupLanes(turn));
  }

  @Test
  void missingFrom_isReportedWithFileAndLine() throws Exception {
    Path net = write("a.net.xml", NET.replace("<edge id=\"ab\" from=\"a\" to=\"b\">",
        "<edge id=\"ab\" to=\"b\">"));
    Problem p = onlyProblem(net, List.of());
    assertEquals(net, p.file());
    assertEquals(3, p.line());
    assertEquals("edge[ab].from", p.field());
    assertTrue(p.message().contains("missing required attribute 'from'"), p.message());
    assertFalse(p.hint().isEmpty());
  }

  @Test
  void laneWithoutLengthAndNonNumericSpeed_areBothReported() throws Exception {
    Path net = write("a.net.xml", NET
        .replace("<lane id=\"ab_0\" index=\"0\" speed=\"13.89\" length=\"100.00\"/>",
            "<lane id=\"ab_0\" index=\"0\" speed=\"13.89\"/>")
        .replace("id=\"bc_0\" index=\"0\" speed=\"13.89\"", "id=\"bc_0\" index=\"0\" speed=\"fast\""));
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> reader.read(net, List.of()));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertEquals(4, e.problems().get(0).line());
    assertEquals("lane[ab_0].length", e.problems().get(0).field());
    assertEquals(7, e.problems().get(1).line());
    assertTrue(e.problems().get(1).message().contains("'fast' is not a finite number"));
  }

  @Test
  void connectionToUnknownEdge_isReportedAtTheConnection() throws Exception {
    Path net = write("a.net.xml", NET.replace("to=\"bc\" fromLane", "to=\"zz\" fromLane"));
    Problem p = onlyProblem(net, List.of());
    assertEquals(16, p.line());
    assertTrue(p.message().contains("unknown edge 'zz'"), p.message());
  }

  @Test
  void phaseStateShorterThanLinkIndices_isBadPhaseStringLength() throws Exception {
    Path net = write("a.net.xml", NET.replace("linkIndex=\"0\"", "linkIndex=\"1\""));
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> reader.read(net, List.of()));
    assertEquals(List.of(10, 11), e.problems().stream().map(Problem::line).toList());
    assertTrue(e.problems().get(0).message().startsWith("bad phase string length"));
    assertTrue(e.problems().get(0).hint().contains("at least 2"));
  }

  @Test
  void tlLogicWithoutPhases_isAProblem() throws Exception {
    Path add = write("t.add.xml", """
        <additional>
            <tlLogic id="b" type="static" programID="x" offset="0">
            </tlLogic>
        </additional>
        """);
    Problem p = onlyProblem(write("a.net.xml", NET), List.of(add));
    assertEquals(add, p.file());
    assertEquals(2, p.line());
    assertTrue(p.message().contains("no <phase>"), p.message());
  }

  @Test
  void malformedXml_isReportedWithItsLine() throws Exception {
    Path net = write("a.net.xml", NET.replace("x=\"0\" y=\"0\"/>", "x=\"0\" y=\"0\" <oops/>"));
    Problem p = onlyProblem(net, List.of());
    assertEquals(13, p.line());
    assertTrue(p.message().startsWith("malformed XML"), p.message());
  }

  @Test
  void missingFile_isAProblemNotACrash() {
    Path net = dir.resolve("nope.net.xml");
    Problem p = onlyProblem(net, List.of());
    assertEquals(net, p.file());
    assertTrue(p.message().contains("file not found"), p.message());
  }

  @Test
  void missingAdditionalFile_isAProblemToo() throws Exception {
    Path add = dir.resolve("nope.add.xml");
    Problem p = onlyProblem(write("a.net.xml", NET), List.of(add));
    assertEquals(add, p.file());
  }

  @Test
  void neverGreenMovement_isDroppedWithAWarning_uncontrolledOneAlwaysGreen() throws Exception {
    String net = NET
        .replace("    <tlLogic", """
                <edge id="ba" from="b" to="a">
                    <lane id="ba_0" index="0" speed="13.89" length="100.00"/>
                </edge>
                <edge id="cb" from="c" to="b">
                    <lane id="cb_0" index="0" speed="13.89" length="100.00"/>
                </edge>
                <tlLogic""")
        .replace("state=\"G\"", "state=\"Gr\"").replace("state=\"y\"", "state=\"yr\"")
        .replace("</net>", """
                <connection from="ab" to="ba" fromLane="0" toLane="0" tl="b" linkIndex="1"/>
                <connection from="cb" to="ba" fromLane="0" toLane="0"/>
            </net>""");
    SumoNetwork s = reader.read(write("a.net.xml", net), List.of());
    RoadNetwork n = s.built().network();
    assertEquals(-1, n.movementIndex(s.linkIndex("ab"), s.linkIndex("ba")));
    assertEquals(2, n.movementCount());
    int free = n.movementIndex(s.linkIndex("cb"), s.linkIndex("ba"));
    assertEquals(35, s.built().signals().greenPerCycle(free), 1e-9);
    assertTrue(s.warnings().stream().anyMatch(w -> w.startsWith("dropped 1 movement")
        && w.contains("ab>ba")), s.warnings().toString());
  }

  @Test
  void ignoredElements_areCountedOncePerName() throws Exception {
    Path net = write("a.net.xml", NET.replace("<junction id=\"a\"", """
        <roundabout nodes="a b" edges="ab"/>
            <param key="k" value="v"/>
            <param key="k2" value="v"/>
            <junction id="a\""""));
    Path add = write("t.add.xml", """
        <additional>
            <busStop id="s" lane="ab_0" startPos="1" endPos="20"><param key="a" value="b"/></busStop>
            <busStop id="s2" lane="ab_0" startPos="30" endPos="50"/>
            <tlLogic id="b" type="actuated" programID="x" offset="0">
                <phase duration="20" state="G"/>
            </tlLogic>
        </additional>
        """);
    SumoNetwork s = reader.read(net, List.of(add));
    List<String> w = s.warnings();
    assertTrue(w.contains("ignored 2 <param> elements: generic parameters are not used"), "" + w);
    assertTrue(w.contains("ignored 1 <roundabout> element: a roundabout is an ordinary junction"
        + " here"), "" + w);
    assertTrue(w.contains("ignored 2 <busStop> elements: only <tlLogic> is read from additional"
        + " files"), "" + w);
    assertTrue(w.contains("1 traffic light(s) of type 'actuated' run as fixed time with their"
        + " listed phase durations"), "" + w);
    assertEquals(20, s.built().signals().plans().get(0).cycle(), 1e-9);
  }

  @Test
  void doctypeWithoutEntities_isHarmless() throws Exception {
    Path net = write("d.net.xml", NET.replace("<net version", "<!DOCTYPE net>\n<net version"));
    assertEquals(2, reader.read(net, List.of()).built().network().linkCount());
  }

  @Test
  void externalEntity_isNeverExpanded() throws Exception {
    String secret = Files.readAllLines(Path.of("/etc/passwd")).get(0);
    Path net = write("xxe.net.xml", NET
        .replace("<net version", "<!DOCTYPE net [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<net version")
        .replace("<edge id=\"ab\" from=\"a\"", "<edge id=\"ab&x;\" name=\"&x;\" from=\"a\""));
    String seen;
    try {
      SumoNetwork s = reader.read(net, List.of());
      RoadNetwork n = s.built().network();
      StringBuilder sb = new StringBuilder(String.join("\n", s.warnings()));
      for (int i = 0; i < n.linkCount(); i++) {
        sb.append(n.link(i));
      }
      seen = sb.toString();
    } catch (ScenarioException e) {
      seen = e.getMessage() + e.problems();
    }
    assertFalse(seen.contains(secret), seen);
    assertFalse(seen.isEmpty());
    assertFalse(seen.contains("root:"), seen);
  }
}
