package org.citysim.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citysim.sim.metrics.RunResult;
import org.citysim.sim.metrics.TripRecord;
import org.citysim.sim.scenario.Scenario;
import org.citysim.sim.scenario.ScenarioLoader;
import org.citysim.sim.scenario.ScenarioWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SUMO vehicles given by their first and last edge are routed as they enter the network, on the
 * travel times of that moment (as SUMO's routing device does); vehicles with a route keep it.
 */
class SumoTripRoutingTest {
  /**
   * in -> a, then either ab (200 m, straight to b) or ac + cb (2 x 150 m), then out. At b the
   * movement ab -> out gets 10 s of green in 60 s; cb -> out is not signal-controlled.
   */
  private static final String NET = """
      <net version="1.9">
          <edge id="in" from="o" to="a"><lane id="in_0" index="0" speed="10" length="100"/></edge>
          <edge id="ab" from="a" to="b"><lane id="ab_0" index="0" speed="10" length="200"/></edge>
          <edge id="ac" from="a" to="c"><lane id="ac_0" index="0" speed="10" length="150"/></edge>
          <edge id="cb" from="c" to="b"><lane id="cb_0" index="0" speed="10" length="150"/></edge>
          <edge id="out" from="b" to="d"><lane id="out_0" index="0" speed="10" length="100"/></edge>
          <tlLogic id="b" type="static" programID="0" offset="0">
              <phase duration="10" state="G"/>
              <phase duration="50" state="r"/>
          </tlLogic>
          <junction id="o" type="dead_end" x="-100" y="0"/>
          <junction id="a" type="priority" x="0" y="0"/>
          <junction id="b" type="traffic_light" x="200" y="0"/>
          <junction id="c" type="priority" x="100" y="100"/>
          <junction id="d" type="dead_end" x="300" y="0"/>
          <connection from="in" to="ab" fromLane="0" toLane="0"/>
          <connection from="in" to="ac" fromLane="0" toLane="0"/>
          <connection from="ac" to="cb" fromLane="0" toLane="0"/>
          <connection from="ab" to="out" fromLane="0" toLane="0" tl="b" linkIndex="0"/>
          <connection from="cb" to="out" fromLane="0" toLane="0"/>
      </net>
      """;

  @TempDir
  Path dir;

  private List<TripRecord> run(String routes) throws Exception {
    return run(NET, routes, 1200);
  }

  private List<TripRecord> run(String net, String routes, double end) throws Exception {
    Files.writeString(dir.resolve("n.net.xml"), net);
    Files.writeString(dir.resolve("r.rou.xml"), routes);
    Path file = Files.writeString(dir.resolve("s.yaml"), """
        name: two-paths
        simulation: {start: 0, end: %s}
        network: {sumo: {net: n.net.xml}}
        demand: {sumo: {routes: [r.rou.xml]}}
        outputs: {charts: false}
        """.formatted(end));
    Scenario s = new ScenarioLoader().load(file);
    RunResult r = SimulationBuilder.build(s, ScenarioWriter.toYaml(s), file)
        .run(ProgressListener.NONE);
    return r.trips();
  }

  private static long viaC(List<TripRecord> trips, String prefix) {
    return trips.stream().filter(t -> t.id().startsWith(prefix) && t.routeLinks() == 4).count();
  }

  @Test
  void flowFromTo_spreadsOverTheDetourOnceTheDirectPathQueues() throws Exception {
    List<TripRecord> trips = run("""
        <routes>
            <flow id="f" from="in" to="out" begin="0" end="600" period="4"/>
        </routes>
        """);
    assertEquals(150, trips.size());
    long detour = viaC(trips, "f.");
    // On free-flow times all 150 would take ab, which lets about 5 vehicles through per minute
    // against 15 arriving.
    assertTrue(detour > 50 && detour < 150, "vehicles via the detour: " + detour);
    TripRecord first = trips.get(0);
    assertEquals(3, first.routeLinks(), "the first vehicle finds an empty network");
    assertEquals(40.0, first.freeFlowTime(), 1e-9);
    TripRecord detoured = trips.stream().filter(t -> t.routeLinks() == 4).findFirst()
        .orElseThrow();
    assertEquals(50.0, detoured.freeFlowTime(), 1e-9, "free-flow time of the route it took");
    assertTrue(trips.stream().allMatch(t -> t.status() == TripRecord.Status.ARRIVED));
  }

  @Test
  void vehiclesWithARoute_keepIt() throws Exception {
    List<TripRecord> trips = run("""
        <routes>
            <route id="direct" edges="in ab out"/>
            <flow id="g" route="direct" begin="0" end="600" period="4"/>
        </routes>
        """);
    assertEquals(150, trips.size());
    assertEquals(0, viaC(trips, "g."));
  }

  /**
   * ab is closed (red) for the first 400 s, then open for good. Its jam sends vehicles round
   * by c; once ab has emptied, its cost returns to free flow and the direct route, 10 s
   * shorter, carries the traffic again, instead of being avoided for good because nobody
   * leaves it to report that the jam has gone.
   */
  @Test
  void aJamThatHasCleared_doesNotKeepTrafficAwayForGood() throws Exception {
    String net = NET.replace("<phase duration=\"10\" state=\"G\"/>",
        "<phase duration=\"400\" state=\"r\"/>").replace("<phase duration=\"50\" state=\"r\"/>",
        "<phase duration=\"3600\" state=\"G\"/>");
    List<TripRecord> trips = run(net, """
        <routes>
            <flow id="f" from="in" to="out" begin="0" end="1800" period="4"/>
        </routes>
        """, 2400);
    long directLate = trips.stream().filter(t -> t.departure() >= 1200 && t.routeLinks() == 3)
        .count();
    long late = trips.stream().filter(t -> t.departure() >= 1200).count();
    assertTrue(viaC(trips.subList(0, 100), "f.") > 50, "the jam diverts traffic at first");
    assertEquals(late, directLate, "after the jam has cleared, all take the direct route");
  }
}
