package org.citysim.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citysim.reports.csv.IncidentsCsvWriter;
import org.citysim.reports.csv.UnitRoutesCsvWriter;
import org.citysim.reports.html.DataFile;
import org.citysim.sim.metrics.IncidentKpis;
import org.citysim.sim.metrics.IncidentOutputs;
import org.citysim.sim.metrics.IncidentOutputs.IncidentRecord;
import org.citysim.sim.metrics.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** incidents.csv, the Incidents section and the KPIs, only in runs with an incident model. */
class IncidentReportTest {
  @TempDir Path tmp;

  static final double NAN = Double.NaN;

  /** A scheduled closing incident seen by a camera, and a random one not detected yet. */
  static IncidentOutputs outputs() {
    return new IncidentOutputs(true, List.of(
        new IncidentRecord(0, "l3", "major", true, "camera", 1, true, 1800.5, 27000, 27060,
            NAN, 27660, 29460.5, 30360.5),
        new IncidentRecord(1, "l,7", "minor", false, "", 1, false, 900, 28700, NAN, NAN, NAN,
            NAN, NAN)), 1, 40, 12, 3);
  }

  static RunResult run(IncidentOutputs o) {
    RunResult r = TestRuns.small();
    return new RunResult(r.scenarioName(), r.description(), r.seed(), r.replication(), r.start(),
        r.end(), r.resolvedScenario(), IncidentKpis.addTo(r.kpis(), o), r.trips(),
        r.linkStats(), r.series(), r.network(), r.warnings(), r.agents(), r.sensors(),
        r.junctions(), r.pollution(), o);
  }

  private Path write(String name, RunResult r) throws IOException {
    return new RunReportWriter(false).write(r, TestRuns.info(1), tmp.resolve(name));
  }

  @Test
  void write_withIncidents_writesCsvKpisAndSection() throws IOException {
    Path out = write("inc", run(outputs()));
    List<String> lines = Files.readAllLines(out.resolve("incidents.csv"));
    assertEquals(IncidentsCsvWriter.HEADER, lines.get(0));
    assertEquals(3, lines.size());
    assertEquals("0,l3,major,scheduled,camera,1,true,1800.500,27000.000,27060.000,,"
        + "27660.000,29460.500,30360.500,07:30:00,07:31:00,,07:41:00,08:11:01,08:26:01,,600.000",
        lines.get(1));
    assertEquals("1,\"l,7\",minor,random,,1,false,900.000,28700.000,,,,,,07:58:20,,,,,,,",
        lines.get(2));
    assertTrue(summary(out).at("/incidents/responseTime").isMissingNode(), "no dispatcher");
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertEquals(2, summary.at("/incidents/count").asInt());
    assertEquals(60, summary.at("/incidents/detectionTime/mean").asDouble());
    assertEquals(3360.5, summary.at("/incidents/clearanceTime/mean").asDouble());
    assertEquals(12, summary.at("/incidents/rerouted").asInt());
    assertEquals(3, summary.at("/incidents/heldAtEnd").asInt());
    String html = Files.readString(out.resolve("index.html"));
    assertTrue(html.contains("<h2>Incidents</h2>"));
    assertTrue(html.contains("<li><a href=\"incidents.csv\">incidents.csv</a>"));
    assertTrue(html.contains("<td><code>l,7</code></td><td>minor</td><td>random</td>"
        + "<td>not yet</td>"), html);
    assertTrue(html.contains("<td class=\"num\">07:30:00</td><td class=\"num\">07:31:00</td>"));
    assertTrue(html.contains("<td><code>incidents.rerouted</code></td><td class=\"num\">12</td>"
        + "<td>veh</td>"));
    assertTrue(html.contains("One planned closure."));
  }

  @Test
  void charts_incidentMapIsDrawnAndShownInTheIncidentsSection() throws IOException {
    Path out = new RunReportWriter(true).write(run(outputs()), TestRuns.info(1),
        tmp.resolve("charts"));
    assertTrue(Files.size(out.resolve("charts/incidents-map.png")) > 0);
    String svg = Files.readString(out.resolve("charts/incidents-map.svg"));
    assertTrue(svg.contains("Incidents on the network"));
    String html = Files.readString(out.resolve("index.html"));
    int img = html.indexOf("<img src=\"charts/incidents-map.png\"");
    assertTrue(img > html.indexOf("<h2>Incidents</h2>") && img < html.indexOf("<h2>Charts</h2>"),
        "the map sits in the Incidents section");
    assertFalse(Files.exists(new RunReportWriter(true).write(TestRuns.small(), TestRuns.info(1),
        tmp.resolve("plain-charts")).resolve("charts/incidents-map.png")));
  }

  @Test
  void write_withIncidentModelButNoIncidents_writesHeaderOnly() throws IOException {
    Path out = write("none", run(new IncidentOutputs(true, List.of(), 0, 0, 0, 0)));
    assertEquals(List.of(IncidentsCsvWriter.HEADER),
        Files.readAllLines(out.resolve("incidents.csv")));
    assertTrue(Files.readString(out.resolve("index.html")).contains("No incidents occurred."));
  }

  @Test
  void write_withoutIncidents_writesNoCsvNoSection() throws IOException {
    Path out = write("plain", TestRuns.small());
    assertFalse(Files.exists(out.resolve("incidents.csv")));
    String html = Files.readString(out.resolve("index.html"));
    assertFalse(html.contains("<h2>Incidents</h2>") || html.contains("incidents.csv"));
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertFalse(summary.has("incidents"));
  }

  @Test
  void dataFiles_incidentsAfterJunctionQueuesAndPollution() {
    List<String> paths = RunReportWriter.dataFiles(run(outputs())).stream()
        .map(DataFile::path).toList();
    assertEquals(List.of("summary.json", "trips.csv", "links.csv", "series.csv",
        "junctions.csv", "junction-queues.csv", "incidents.csv", "scenario.yaml", "run.json"),
        paths);
  }

  @Test
  void write_twice_givesIdenticalCsvJsonAndHtml() throws IOException {
    Path a = write("a", run(outputs()));
    Path b = write("b", run(outputs()));
    for (String f : List.of("incidents.csv", "summary.json", "index.html")) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }
  }

  private static JsonNode summary(Path out) throws IOException {
    return new ObjectMapper().readTree(out.resolve("summary.json").toFile());
  }

  @Test
  void write_withDispatcher_writesUnitsResponseTimeAndUnserved() throws IOException {
    IncidentOutputs o = new IncidentOutputs(true, List.of(
        new IncidentRecord(0, "l3", "major", true, "camera", 1, true, 1800, 27000, 27060,
            27060, 27150, 28950, 29850, "police-n1-1 tow-n2-1"),
        new IncidentRecord(1, "l7", "minor", false, "report", 1, false, 900, 28700, 28800, NAN,
            NAN, NAN, NAN, "")), 0, 0, 0, 0, "jsprit", 1);
    Path out = write("disp", run(o));
    List<String> lines = Files.readAllLines(out.resolve("incidents.csv"));
    assertTrue(lines.get(1).endsWith(",police-n1-1 tow-n2-1,90.000"), lines.get(1));
    assertTrue(lines.get(2).endsWith(",,"), lines.get(2));
    JsonNode summary = summary(out);
    assertEquals(90, summary.at("/incidents/responseTime/mean").asDouble());
    assertEquals(1, summary.at("/incidents/unserved").asInt());
    assertTrue(Files.readString(out.resolve("index.html")).contains("jsprit dispatcher"));
  }

  @Test
  void charts_withDispatcher_timesChartAndUnitRoutesOnTheMap() throws IOException {
    // TestRuns.small's 3x3 grid names links l0, l1, ...
    IncidentOutputs o = new IncidentOutputs(true, List.of(
        new IncidentRecord(0, "l3", "major", true, "camera", 1, true, 1800, 27000, 27060,
            27060, 27150, 28950, 29850, "police-n1-1 tow-n2-1"),
        new IncidentRecord(1, "l7", "minor", false, "report", 1, false, 900, 28700, 28800,
            28800, 29100, 30000, 30300, "ambulance-n0-1")), 0, 0, 0, 0, "nearest", 0,
        List.of(new IncidentOutputs.UnitRoute(0, "police-n1-1", "police", 27060,
                List.of("l0", "l3")),
            new IncidentOutputs.UnitRoute(0, "tow-n2-1", "tow", 27060, List.of("l5")),
            new IncidentOutputs.UnitRoute(1, "ambulance-n0-1", "ambulance", 28800,
                List.of("l1", "l7"))));
    Path a = new RunReportWriter(true).write(run(o), TestRuns.info(1), tmp.resolve("ca"));
    Path b = new RunReportWriter(true).write(run(o), TestRuns.info(1), tmp.resolve("cb"));
    String map = Files.readString(a.resolve("charts/incidents-map.svg"));
    for (String kind : List.of("police", "tow", "ambulance")) {
      assertTrue(map.contains(kind + " route"), "legend names " + kind);
    }
    String times = Files.readString(a.resolve("charts/incident-times.svg"));
    assertTrue(times.contains("Response and clearance times"));
    assertTrue(times.contains("response: 2, median 3.3 min"), "response 1.5 and 5 min");
    assertTrue(times.contains("clearance: 2, median 37.1 min"), "47.5 and 26.7 min");
    assertTrue(Files.size(a.resolve("charts/incident-times.png")) > 0);
    String html = Files.readString(a.resolve("index.html"));
    int img = html.indexOf("<img src=\"charts/incident-times.png\"");
    assertTrue(img > html.indexOf("<h2>Incidents</h2>") && img < html.indexOf("<h2>Charts</h2>"),
        "the times chart sits in the Incidents section");
    for (String f : List.of("charts/incidents-map.svg", "charts/incident-times.svg",
        "unit-routes.csv")) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }
    assertEquals(List.of(UnitRoutesCsvWriter.HEADER,
        "0,police-n1-1,police,27060.000,07:31:00,2,l0 l3",
        "0,tow-n2-1,tow,27060.000,07:31:00,1,l5",
        "1,ambulance-n0-1,ambulance,28800.000,08:00:00,2,l1 l7"),
        Files.readAllLines(a.resolve("unit-routes.csv")));
    assertTrue(html.contains("<a href=\"unit-routes.csv\">"), "linked from the report");
    assertFalse(Files.exists(write("no-routes", run(outputs())).resolve("unit-routes.csv")));
  }

  @Test
  void charts_withoutDispatcher_clearanceOnly_andNoneWithoutIncidents() throws IOException {
    Path out = new RunReportWriter(true).write(run(outputs()), TestRuns.info(1),
        tmp.resolve("clear"));
    String times = Files.readString(out.resolve("charts/incident-times.svg"));
    assertTrue(times.contains("Clearance times"));
    assertFalse(times.contains("response:"));
    assertFalse(Files.readString(out.resolve("charts/incidents-map.svg")).contains(" route"));
    assertFalse(Files.exists(new RunReportWriter(true).write(run(new IncidentOutputs(true,
        List.of(), 0, 0, 0, 0)), TestRuns.info(1), tmp.resolve("no-inc"))
        .resolve("charts/incident-times.png")));
  }
}
