package org.citysim.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.citysim.sim.scenario.DemandSpec.OdFlowSpec;
import org.citysim.sim.scenario.DemandSpec.Places;
import org.citysim.sim.scenario.DemandSpec.RandomDemandSpec;
import org.citysim.sim.scenario.ExplicitNetworkSpec.LinkSpec;
import org.citysim.sim.scenario.ExplicitNetworkSpec.MovementSpec;
import org.citysim.sim.scenario.ExplicitNetworkSpec.NodeSpec;
import org.citysim.sim.scenario.ExplicitNetworkSpec.PhaseSpec;
import org.citysim.sim.scenario.ExplicitNetworkSpec.SignalPlanSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
  @TempDir Path dir;

  static final String FULL_GRID = """
      name: grid-town
      description: "Morning peak"
      simulation:
        start: "07:00"
        end: 09:30:15
        seed: 42
        replication: 3
      network:
        grid:
          rows: 6
          columns: 5
          spacing: 150.5
          lanes: 2
          speed: 10
          capacityPerLane: 1700
          signals: {enabled: true, cycle: 90, intergreen: 5, nsShare: 0.6, offsetStep: 10}
      demand:
        profile: {start: "07:00", interval: 900, factors: [0.5, 1.0, 1.6, 1.0]}
        flows:
          - {from: r0c0, to: r5c4, rate: 300}
        random: {rate: 3000, places: ALL}
        trips: [data/trips.csv]
      traffic:
        cellSize: 7
        holeSpeed: 0
        stuckTime: 120
      outputs:
        linkInterval: 600
        sampleInterval: 30
        charts: false
      """;

  @Test
  void fullGridScenario_loadsEveryValue() throws Exception {
    Yaml.write(dir, "data/trips.csv", "id,departure,from,to\n");
    Scenario s = Yaml.load(dir, FULL_GRID);
    assertEquals("grid-town", s.name());
    assertEquals("Morning peak", s.description());
    assertEquals(new SimulationSpec(25_200, 34_215, 42, 3), s.simulation());
    GridSpec g = assertInstanceOf(GridSpec.class, s.network());
    assertEquals(new GridSpec(6, 5, 150.5, 2, 10, 1700, new GridSignals(true, 90, 5, 0.6, 10)), g);
    DemandSpec d = s.demand();
    assertEquals(25_200, d.profile().start());
    assertEquals(900, d.profile().interval());
    assertArrayEquals(new double[] {0.5, 1.0, 1.6, 1.0}, d.profile().factors());
    assertEquals(List.of(new OdFlowSpec("r0c0", "r5c4", 300)), d.flows());
    assertEquals(Optional.of(new RandomDemandSpec(3000, Places.ALL)), d.random());
    assertEquals(List.of(dir.toAbsolutePath().resolve("data/trips.csv").normalize()), d.tripFiles());
    assertTrue(d.tripFiles().get(0).isAbsolute());
    assertEquals(new TrafficSpec(7, 0, 120), s.traffic());
    assertEquals(new OutputSpec(600, 30, false), s.outputs());
    assertEquals(dir.toAbsolutePath().normalize(), s.baseDir());
  }

  @Test
  void minimalGridScenario_getsDefaults() throws Exception {
    Scenario s = Yaml.load(dir, Yaml.GRID);
    assertEquals("", s.description());
    assertEquals(new SimulationSpec(25_200, 32_400, 1, 0), s.simulation());
    assertEquals(new GridSpec(6, 6, 200, 1, 13.89, 1800, GridSignals.defaults()), s.network());
    assertEquals(new GridSignals(true, 60, 4, 0.5, 0), GridSignals.defaults());
    assertEquals(TimeProfile.flat(), s.demand().profile());
    assertEquals(Optional.of(new RandomDemandSpec(3000, Places.BOUNDARY)), s.demand().random());
    assertTrue(s.demand().flows().isEmpty());
    assertTrue(s.demand().tripFiles().isEmpty());
    assertEquals(TrafficSpec.defaults(), s.traffic());
    assertEquals(OutputSpec.defaults(), s.outputs());
  }

  static final String EXPLICIT = """
      name: t-junction
      simulation: {start: 0, end: 3600}
      network:
        nodes:
          - {id: a, x: 0, y: 0}
          - {id: b, x: 100, y: 0}
          - {id: c, x: 200, y: 0}
          - {id: d, x: 100, y: 100}
        links:
          - {id: ab, from: a, to: b, length: 100, speed: 13.89}
          - {id: bc, from: b, to: c, length: 100, lanes: 2, speed: 13.89}
          - {id: db, from: d, to: b, length: 100, speed: 8.33, capacity: 900}
          - {id: ba, from: b, to: a, length: 100, speed: 13.89}
        movements:
          - {from: ab, to: bc}
          - {from: db, to: bc}
          - {from: db, to: ba}
        signals:
          - node: b
            offset: 5
            phases:
              - {duration: 30, green: ["ab>bc"]}
              - {duration: 4, green: []}
              - {duration: 20, green: ["db>bc", "db>ba"]}
      demand:
        flows:
          - {from: a, to: c, rate: 400}
          - {from: d, to: a, rate: 200}
      """;

  @Test
  void explicitScenario_withMovementsAndSignalPlan_loads() throws Exception {
    Scenario s = Yaml.load(dir, EXPLICIT);
    ExplicitNetworkSpec n = assertInstanceOf(ExplicitNetworkSpec.class, s.network());
    assertEquals(List.of(new NodeSpec("a", 0, 0), new NodeSpec("b", 100, 0),
        new NodeSpec("c", 200, 0), new NodeSpec("d", 100, 100)), n.nodes());
    assertEquals(new LinkSpec("ab", "a", "b", 100, 1, 13.89, 1800), n.links().get(0));
    assertEquals(new LinkSpec("bc", "b", "c", 100, 2, 13.89, 3600), n.links().get(1));
    assertEquals(new LinkSpec("db", "d", "b", 100, 1, 8.33, 900), n.links().get(2));
    assertEquals(3, n.movements().size());
    assertEquals(new MovementSpec("db", "ba"), n.movements().get(2));
    SignalPlanSpec plan = n.signals().get(0);
    assertEquals("b", plan.node());
    assertEquals(5, plan.offset());
    assertEquals(List.of(new PhaseSpec(30, List.of(new MovementSpec("ab", "bc"))),
        new PhaseSpec(4, List.of()),
        new PhaseSpec(20, List.of(new MovementSpec("db", "bc"), new MovementSpec("db", "ba")))),
        plan.phases());
    assertEquals(new SimulationSpec(0, 3600, 1, 0), s.simulation());
    assertFalse(s.demand().random().isPresent());
  }

  @Test
  void tripsAsSingleString_andNumericIds_areAccepted() throws Exception {
    Yaml.write(dir, "trips.csv", "id,departure,from,to\n");
    Scenario s = Yaml.load(dir, """
        name: 2024
        simulation: {start: 25200, end: "8:00"}
        network:
          nodes: [{id: 1, x: 0, y: 0}, {id: 2, x: 10, y: 0}]
          links: [{id: 12, from: 1, to: 2, length: 10, speed: 5}]
        demand:
          trips: trips.csv
        """);
    assertEquals("2024", s.name());
    assertEquals(new SimulationSpec(25_200, 28_800, 1, 0), s.simulation());
    assertEquals(List.of(dir.resolve("trips.csv").toAbsolutePath().normalize()),
        s.demand().tripFiles());
    assertEquals("1", ((ExplicitNetworkSpec) s.network()).links().get(0).from());
  }
}
