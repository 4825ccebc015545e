package org.citysim.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioProblemsTest {
  @TempDir Path dir;

  private static Problem only(List<Problem> problems) {
    assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
    return problems.get(0);
  }

  private static void assertContains(String text, String part) {
    assertTrue(text.contains(part), () -> "'" + text + "' does not contain '" + part + "'");
  }

  @Test
  void nameThatIsNoPlainFileName_isRejected() {
    Problem p = only(Yaml.problemsOf(dir, Yaml.GRID.replace("name: grid-town",
        "name: ../escape")));
    assertEquals("name", p.field());
    assertContains(p.message(), "cannot be used in a folder name");
  }

  @Test
  void unknownKey_reportsExactPlaceAndDidYouMean() {
    Problem p = only(Yaml.problemsOf(dir, Yaml.GRID.replace("columns: 6", "columns: 6\n    speeed: 12")));
    assertEquals(9, p.line());
    assertEquals(5, p.column());
    assertEquals("network.grid.speeed", p.field());
    assertEquals("unknown key 'speeed'", p.message());
    assertContains(p.hint(), "did you mean 'speed'?");
    assertContains(p.hint(), "capacityPerLane");
    assertEquals(dir.resolve("s.yaml").toAbsolutePath().normalize(), p.file());
  }

  @Test
  void severalProblems_areAllReportedInLineOrder() {
    List<Problem> ps = Yaml.problemsOf(dir, """
        name: x
        simulation:
          start: "7h"
          end: "09:00"
        network:
          grid: {rows: 1, columns: 6}
        demand:
          random: {rate: fast}
        """);
    assertEquals(3, ps.size(), ps::toString);
    assertEquals(List.of(3, 6, 8), ps.stream().map(Problem::line).toList());
    assertEquals(List.of("simulation.start", "network.grid.rows", "demand.random.rate"),
        ps.stream().map(Problem::field).toList());
    assertContains(ps.get(0).message(), "expected HH:MM, HH:MM:SS or seconds");
    assertContains(ps.get(1).hint(), "[2, 1000]");
  }

  @Test
  void wrongType_saysWhatWasExpected() {
    Problem p = only(Yaml.problemsOf(dir, Yaml.GRID + "traffic:\n  cellSize: abc\n"));
    assertEquals("traffic.cellSize", p.field());
    assertEquals("expected a number, got 'abc'", p.message());
    assertEquals(12, p.line());
    assertEquals(13, p.column());
  }

  @Test
  void wrongKindsOfValue_areReported() {
    List<Problem> ps = Yaml.problemsOf(dir, Yaml.GRID.replace("rows: 6", "rows: 2.5")
        + "outputs: {charts: maybe}\ntraffic: [1]\n");
    assertEquals(List.of("network.grid.rows", "outputs.charts", "traffic"),
        ps.stream().map(Problem::field).toList());
    assertEquals("expected an integer, got '2.5'", ps.get(0).message());
    assertEquals("expected true or false, got 'maybe'", ps.get(1).message());
    assertContains(ps.get(2).message(), "expected an object");
  }

  @Test
  void negativeLinkCapacity_isOutOfRangeWithRangeInHint() {
    Problem p = only(Yaml.problemsOf(dir, ScenarioLoaderTest.EXPLICIT.replace(
        "lanes: 2, speed: 13.89}", "lanes: 2, speed: 13.89, capacity: -5}")));
    assertEquals("network.links[1].capacity", p.field());
    assertEquals("value -5 is out of range", p.message());
    assertEquals("allowed range is > 0", p.hint());
    assertEquals(11, p.line());
  }

  @Test
  void missingRequiredField_isLocatedAtEnclosingObject() {
    Problem p = only(Yaml.problemsOf(dir, Yaml.GRID.replace("  end: \"09:00\"\n", "")));
    assertEquals("simulation.end", p.field());
    assertEquals("missing required field 'end'", p.message());
    assertEquals(2, p.line());
  }

  @Test
  void missingTopLevelSections_areEachReported() {
    List<Problem> ps = Yaml.problemsOf(dir, "name: x\n");
    assertEquals(List.of("simulation", "network", "demand"), ps.stream().map(Problem::field).toList());
    ps.forEach(p -> assertContains(p.message(), "missing required field"));
  }

  @Test
  void linkToUnknownNode_isDanglingReference() {
    Problem p = only(Yaml.problemsOf(dir, ScenarioLoaderTest.EXPLICIT.replace(
        "{id: db, from: d,", "{id: db, from: e,")));
    assertEquals("network.links[2].from", p.field());
    assertEquals("unknown node 'e'", p.message());
    assertContains(p.hint(), "known nodes: a, b, c, d");
  }

  @Test
  void flowToNodeOutsideGrid_isDanglingReference() {
    Problem p = only(Yaml.problemsOf(dir, Yaml.GRID + "  flows:\n    - {from: r0c0, to: r9c9, rate: 5}\n"));
    assertEquals("demand.flows[0].to", p.field());
    assertEquals("unknown node 'r9c9'", p.message());
    assertContains(p.hint(), "row 0..5");
    assertEquals(12, p.line());
  }

  @Test
  void flowFromNodeToItself_isReported() {
    Problem p = only(Yaml.problemsOf(dir, Yaml.GRID + "  flows: [{from: r1c1, to: r1c1, rate: 5}]\n"));
    assertEquals("demand.flows[0].to", p.field());
    assertContains(p.message(), "to itself");
  }

  @Test
  void movementsAndPhases_withBadReferences_areReported() {
    String yaml = ScenarioLoaderTest.EXPLICIT
        .replace("- {from: db, to: ba}", "- {from: db, to: ba}\n    - {from: ab, to: db}\n"
            + "    - {from: xx, to: bc}")
        .replace("green: [\"ab>bc\"]", "green: [\"ab>ba\", \"ab>zz\", \"ab\"]")
        .replace("node: b", "node: q");
    List<Problem> ps = Yaml.problemsOf(dir, yaml);
    List<String> messages = ps.stream().map(Problem::message).toList();
    assertEquals(List.of(
        "links 'ab' and 'db' do not meet at a node",
        "unknown link 'xx'",
        "unknown node 'q'",
        "movement 'ab>ba' is not in network.movements",
        "unknown link 'zz' in movement 'ab>zz'",
        "expected a movement 'fromLink>toLink', got 'ab'"), messages, ps::toString);
    assertEquals("network.signals[0].phases[0].green[1]", ps.get(4).field());
  }

  @Test
  void greenMovementThroughAnotherNode_isReported() {
    String yaml = ScenarioLoaderTest.EXPLICIT.replace("node: b", "node: c")
        .replace("{duration: 4, green: []}", "{duration: 4}");
    List<Problem> ps = Yaml.problemsOf(dir, yaml);
    assertContains(ps.get(0).message(), "is at node 'b', not at signal node 'c'");
    assertEquals("missing required field 'green'", ps.get(1).message());
  }

  @Test
  void duplicateIds_pointToFirstDefinition() {
    List<Problem> ps = Yaml.problemsOf(dir, ScenarioLoaderTest.EXPLICIT
        .replace("{id: c, x: 200", "{id: a, x: 200")
        .replace("{id: db, from: d", "{id: ab, from: d"));
    List<Problem> dups = ps.stream().filter(p -> p.message().startsWith("duplicate")).toList();
    assertEquals(List.of("duplicate node id 'a'", "duplicate link id 'ab'"),
        dups.stream().map(Problem::message).toList());
    assertEquals("network.nodes[2].id", dups.get(0).field());
    assertContains(dups.get(0).hint(), "line 5");
  }

  @Test
  void duplicateYamlKey_isAProblem() {
    Problem p = only(Yaml.problemsOf(dir, Yaml.GRID.replace("rows: 6", "rows: 6\n    rows: 7")));
    assertEquals("duplicate key 'rows'", p.message());
    assertEquals(8, p.line());
    assertContains(p.hint(), "line 7");
  }

  @Test
  void malformedYaml_givesParserLine() {
    Problem p = only(Yaml.problemsOf(dir, "name: x\nsimulation:\n  start: [1, 2\n  end: 3\n"));
    assertTrue(p.line() >= 3 && p.line() <= 4, p::toString);
    assertTrue(p.column() > 0);
    assertContains(p.message(), "malformed YAML");
    assertTrue(!p.hint().isEmpty());
  }

  @Test
  void badIndentation_isMalformed() {
    Problem p = only(Yaml.problemsOf(dir, "name: x\n  simulation: 3\n"));
    assertEquals(2, p.line());
    assertContains(p.message(), "malformed YAML");
  }

  @Test
  void missingFile_saysCheckThePath() {
    Problem p = only(Yaml.problems(dir.resolve("nope.yaml")));
    assertEquals(0, p.line());
    assertEquals("check the path", p.hint());
    assertContains(p.message(), "not found");
  }

  @Test
  void emptyFile_andNonMappingTopLevel_areProblems() {
    assertContains(only(Yaml.problemsOf(dir, "# nothing here\n")).message(), "empty");
    Problem p = only(Yaml.problemsOf(dir, "- a\n- b\n"));
    assertContains(p.message(), "top level must be an object");
    assertEquals(1, p.line());
  }

  @Test
  void missingTripsFile_isReportedWithHint() {
    Problem p = only(Yaml.problemsOf(dir, Yaml.GRID + "  trips: [missing.csv]\n"));
    assertEquals("demand.trips[0]", p.field());
    assertContains(p.message(), dir.toAbsolutePath().normalize().resolve("missing.csv").toString());
    assertContains(p.hint(), "check the path");
  }

  @Test
  void demandWithoutAnySource_isReported() {
    Problem p = only(Yaml.problemsOf(dir, Yaml.GRID.replace("  random: {rate: 3000}\n", "  flows: []\n")));
    assertEquals("demand", p.field());
    assertContains(p.message(), "no flows, random demand, trips or SUMO routes");
  }

  @Test
  void gridAndExplicitTogether_orNeither_areReported() {
    assertContains(only(Yaml.problemsOf(dir, Yaml.GRID.replace("  grid:", "  nodes: []\n  grid:")))
        .message(), "both");
    assertContains(only(Yaml.problemsOf(dir, Yaml.GRID.replace(
        "  grid:\n    rows: 6\n    columns: 6\n", "  {}\n"))).message(), "neither");
  }

  @Test
  void endBeforeStart_andCycleTooShort_areReported() {
    List<Problem> ps = Yaml.problemsOf(dir, Yaml.GRID.replace("\"09:00\"", "\"06:00\"")
        .replace("columns: 6", "columns: 6\n    signals: {cycle: 20, intergreen: 10}"));
    assertEquals(List.of("simulation.end", "network.grid.signals.cycle"),
        ps.stream().map(Problem::field).toList());
    assertContains(ps.get(0).message(), "is not after start 07:00:00");
  }
}
