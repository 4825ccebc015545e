package org.citysim.agents.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citysim.agents.signal.actuated.ActuatedConfig;
import org.citysim.agents.signal.pid.PidConfig;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioException;
import org.citysim.sim.scenario.ScenarioLoader;
import org.citysim.sim.sensor.SensorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Config mistakes end as scenario errors that say what is wrong and where. */
class ControllerConfigErrorsTest {
  @TempDir Path dir;

  /** The message of the scenario error that loading or building {@code agents} gives. */
  private String error(String agents) throws Exception {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> Runs.run(dir, Runs.grid(agents)));
    return e.getMessage();
  }

  private Scenario load(String agents) throws Exception {
    Path file = Files.writeString(dir.resolve("s.yaml"), Runs.grid(agents));
    return new ScenarioLoader().load(file);
  }

  private static void assertContains(String message, String... parts) {
    for (String p : parts) {
      assertTrue(message.contains(p), "'" + p + "' in: " + message);
    }
  }

  @Test
  void unknownJunction_isNamed() throws Exception {
    String m = error("agents: [{agent: actuated, config: {junctions: [r1c1, nowhere, r9c9]}}]\n");
    assertContains(m, "agents (actuated)", "no junction 'nowhere'", "no junction 'r9c9'",
        "signalised junctions: r0c1, r1c0, r1c1, r1c2, r2c1");
  }

  @Test
  void junctionWithoutSignal_isNamed() throws Exception {
    assertContains(error("agents: [{agent: webster, config: {junctions: r0c0}}]\n"),
        "junction 'r0c0' has no signal");
  }

  @Test
  void twoControllersOnOneJunction_areRefused() throws Exception {
    assertContains(error("""
        agents:
          - {agent: actuated, config: {junctions: [r1c1]}}
          - {agent: max-pressure}
        """), "agents (max-pressure)", "'r1c1' is already controlled by agent 'actuated'");
  }

  @Test
  void anAgentThatFailed_holdsNoJunction() throws Exception {
    String m = error("""
        agents:
          - {agent: actuated, config: {junctions: [r1c1, nowhere]}}
          - {agent: max-pressure}
        """);
    assertContains(m, "no junction 'nowhere'");
    assertTrue(!m.contains("already controlled"), "no follow-on error: " + m);
  }

  @Test
  void minGreenBelowTheJunctionsSafetyFloor_isRefused() throws Exception {
    assertContains(error("agents: [{agent: actuated, config: {minGreen: 3}}]\n"),
        "minGreen 3.0 s is below the safety floor of junction 'r0c1' (5.0 s)");
  }

  @Test
  void badValues_sayWhatIsExpected() throws Exception {
    assertContains(error("agents: [{agent: actuated, config: {minGreen: -2}}]\n"),
        "minGreen must be > 0 s, got -2.0");
    assertContains(error("agents: [{agent: actuated, config: {minGreen: 20, maxGreen: 10}}]\n"),
        "minGreen (20) must not exceed maxGreen (10)");
    assertContains(error("agents: [{agent: webster, config: {maxFlowRatio: 1.2}}]\n"),
        "maxFlowRatio must be in [0.5, 0.99]");
    assertContains(error("agents: [{agent: pid, config: {kp: -1}}]\n"), "kp must be >= 0");
    assertContains(error("agents: [{agent: pid, config: {cycle: 200}}]\n"),
        "cycle must be in [40, 150] s (or 0 for the base cycle), got 200.0");
    assertContains(error("agents: [{agent: max-pressure, config: {decisionInterval: 0}}]\n"),
        "decisionInterval must be in [1, 600] s");
    assertContains(error("agents: [{agent: actuated, config: {junctions: [all, r1c1]}}]\n"),
        "'all' cannot be combined with ids");
    assertContains(error("agents: [{agent: actuated, config: {junctions: []}}]\n"),
        "junctions must name at least one junction");
  }

  @Test
  void unknownEnumValuesAndKeys_listTheChoices() throws Exception {
    assertContains(error("agents: [{agent: actuated, config: {sensor: radar}}]\n"),
        "unknown value 'radar'", "loop, camera");
    assertContains(error("agents: [{agent: pid, config: {variable: speed}}]\n"),
        "queue-imbalance, occupancy");
    assertContains(error("agents: [{agent: actuated, config: {passage: 3}}]\n"), "passage");
  }

  @Test
  void fixedTimeGreens_mustFitEveryJunction() throws Exception {
    assertContains(error("agents: [{agent: fixed-time, config: {greens: [30, 20, 10]}}]\n"),
        "greens lists 3 green times, but junction 'r0c1' has 2 stages");
    assertContains(error("agents: [{agent: fixed-time, config: {greens: [30, 2]}}]\n"),
        "greens[1] must be in [5, 120] s");
  }

  @Test
  void configIsBoundOverTheDefaults_withEnumsInLowerCaseAndAScalarAsAList() throws Exception {
    Scenario s = load("""
        agents:
          - {agent: actuated, config: {junctions: r1c1, sensor: camera, passageTime: 2}}
          - {agent: pid, name: balance, config: {variable: occupancy, setPoint: 0.25}}
        """);
    ActuatedConfig a = (ActuatedConfig) s.agents().get(0).config();
    assertEquals(new ActuatedConfig(List.of("r1c1"), SensorKind.CAMERA, 7, 45, 2), a);
    PidConfig p = (PidConfig) s.agents().get(1).config();
    assertEquals(PidConfig.Variable.OCCUPANCY, p.variable());
    assertEquals(0.25, p.setPoint());
    assertEquals(PidConfig.DEFAULTS.kp(), p.kp());
    assertEquals(List.of("all"), p.junctions());
    assertEquals("balance", s.agents().get(1).name());
  }
}
