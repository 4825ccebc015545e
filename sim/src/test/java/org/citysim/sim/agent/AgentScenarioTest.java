package org.citysim.sim.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citysim.sim.metrics.AgentOutputs;
import org.citysim.sim.metrics.RunResult;
import org.citysim.sim.run.SimulationBuilder;
import org.citysim.sim.scenario.Problem;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.scenario.ScenarioLoader;
import org.citysim.sim.scenario.ScenarioWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentScenarioTest {
  static final String GRID = """
      name: agents
      simulation:
        start: "07:00"
        end: "07:30"
      network:
        grid:
          rows: 3
          columns: 3
      demand:
        random: {rate: 1200}
      """;

  @TempDir Path dir;

  private final ScenarioLoader loader =
      new ScenarioLoader(new AgentRegistry(List.of(new ProbeAgentProvider())));

  private Scenario load(String yaml) throws Exception {
    return loader.load(Files.writeString(dir.resolve("s.yaml"), yaml));
  }

  private List<Problem> problems(String yaml) throws Exception {
    Path f = Files.writeString(dir.resolve("bad.yaml"), yaml);
    return assertThrows(ScenarioException.class, () -> loader.load(f)).problems();
  }

  @Test
  void config_boundOverDefaults_enumsAndSingleValuesAsLists() throws Exception {
    Scenario s = load(GRID + """
        agents:
          - agent: probe
            config: {mode: hold-first, junctions: r1c1}
          - agent: probe
            name: second
        """);
    assertEquals(2, s.agents().size());
    AgentSpec a = s.agents().get(0);
    assertEquals("probe", a.name());
    assertEquals(new ProbeAgentProvider.Config(30, ProbeAgentProvider.Mode.HOLD_FIRST,
        List.of("r1c1")), a.config());
    assertEquals("second", s.agents().get(1).name());
    assertEquals(new ProbeAgentProvider().defaults(), s.agents().get(1).config());
  }

  @Test
  void writer_roundTripsAgents() throws Exception {
    Scenario s = load(GRID + "agents:\n  - {agent: probe, config: {period: 12.5}}\n");
    Path again = Files.writeString(dir.resolve("again.yaml"), ScenarioWriter.toYaml(s));
    assertEquals(s.agents(), loader.load(again).agents());
  }

  @Test
  void unknownAgent_listsTheKnownOnes() throws Exception {
    Problem p = problems(GRID + "agents:\n  - agent: prob\n").get(0);
    assertEquals(12, p.line());
    assertTrue(p.message().contains("unknown agent 'prob'"), p.format());
    assertTrue(p.hint().contains("did you mean 'probe'") && p.hint().contains("known agents"),
        p.format());
  }

  @Test
  void badConfig_isLocatedAndNamesTheFields() throws Exception {
    List<Problem> ps = problems(GRID + """
        agents:
          - agent: probe
            config:
              periood: 5
              mode: sideways
          - agent: probe
            name: neg
            config: {period: -1}
        """);
    assertEquals(3, ps.size(), ps.toString());
    assertTrue(ps.get(0).message().contains("unknown key 'periood'")
        && ps.get(0).hint().contains("did you mean 'period'")
        && ps.get(0).hint().contains("junctions"), ps.get(0).format());
    assertEquals(14, ps.get(0).line());
    assertTrue(ps.get(1).message().contains("unknown value 'sideways'")
        && ps.get(1).hint().contains("alternate, hold-first"), ps.get(1).format());
    assertTrue(ps.get(2).message().contains("period must be positive"), ps.get(2).format());
  }

  @Test
  void duplicateNames_areRefused() throws Exception {
    Problem p = problems(GRID + """
        agents:
          - {agent: probe, name: a}
          - {agent: probe, name: a}
        """).get(0);
    assertTrue(p.message().contains("two agents are named 'a'"), p.format());
  }

  @Test
  void run_agentControlsSignalsAndRecords_deterministically() throws Exception {
    String yaml = GRID + "agents:\n  - {agent: probe, config: {period: 20}}\n";
    RunResult a = run(yaml);
    RunResult b = run(yaml);
    AgentOutputs out = a.agents();
    // The grid signals junctions with three or more arms: 5 of the 3x3 (not the corners).
    assertEquals(5, out.series().size(), "one stage series per signalised junction");
    assertEquals(90, out.series().get(0).times().length, "a decision every 20 s for 30 min");
    assertEquals(90, out.events().size());
    assertEquals(a.agents(), b.agents());
    assertEquals(a.kpis(), b.kpis());
    assertTrue(a.kpis().asMap().get("vehicles.arrived").longValue() > 100);
  }

  @Test
  void run_twoAgentsOnOneJunction_isAScenarioError() throws Exception {
    String yaml = GRID + """
        agents:
          - {agent: probe, name: one, config: {junctions: [r1c1]}}
          - {agent: probe, name: two, config: {junctions: r1c1}}
        """;
    Scenario s = load(yaml);
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> SimulationBuilder.build(s, ScenarioWriter.toYaml(s), dir.resolve("s.yaml")));
    assertTrue(e.getMessage().contains("already controlled by agent 'one'"), e.getMessage());
  }

  private RunResult run(String yaml) throws Exception {
    Scenario s = load(yaml);
    return SimulationBuilder.build(s, ScenarioWriter.toYaml(s), null).run((n, a, b) -> { });
  }
}
